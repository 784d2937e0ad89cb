using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Summarizer.Browser.Tests.Support;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Rendering;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Browser.Tests.Rendering;

/// <summary>
/// The coverage grid as a reader sees it: the offline brief of the river-bridge fixture (a near-copy and a disputed
/// figure) and an invented story with nine outlets, in a day's page, on a phone and a desktop, light, dark and forced colours.
/// Screenshots go to <c>screenshots/</c> under the test output for a person to look at.
/// </summary>
public sealed partial class CoverageGridInBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;
    private static readonly string Shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-grid-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(PhoneWidth, PhoneHeight)]
    [InlineData(1280, 900)]
    public async Task Grids_are_visible_and_scroll_inside_their_box_never_the_page(int width, int height)
    {
        var page = await OpenAsync(width, height);

        var grids = page.Locator("div.grid");
        Assert.Equal(2, await grids.CountAsync());
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page scrolls sideways");
        for (var i = 0; i < 2; i++)
        {
            var grid = grids.Nth(i);
            await grid.ScrollIntoViewIfNeededAsync();
            Assert.True(await grid.IsVisibleAsync());
            var box = (await grid.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"grid {i} spans {box.X}..{box.X + box.Width} of {width}px");
            await grid.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"grid-{i + 1}-{width}.png") });
        }

        // Nine outlets never fit a phone, nor a 40rem column: that grid scrolls, and its row headers stay in view.
        var wide = grids.Nth(1);
        Assert.True(await wide.EvaluateAsync<bool>("g => g.scrollWidth > g.clientWidth"), "the nine-outlet grid does not scroll");
        var rowHeader = wide.Locator("th[scope=row]").First;
        var before = (await rowHeader.BoundingBoxAsync())!.X;
        await wide.EvaluateAsync("g => { g.scrollLeft = g.scrollWidth; }");
        Assert.True(await wide.EvaluateAsync<double>("g => g.scrollLeft") > 0);
        Assert.Equal(before, (await rowHeader.BoundingBoxAsync())!.X, 1.0);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "scrolling the grid widened the page");
        await wide.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"grid-2-{width}-scrolled.png") });
        await page.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(Shots, $"day-{width}.png") });
    }

    [Fact]
    public async Task Grid_is_a_table_with_a_name_column_and_row_headers_and_cells_in_words()
    {
        var page = await OpenAsync(PhoneWidth, PhoneHeight);

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Which outlet reports each sentence of the summary and each key point (5 outlets)" });
        Assert.Equal(1, await table.CountAsync());
        var columns = await table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        Assert.Equal(6, columns.Count);
        Assert.Contains(columns, c => c.Contains("near-copy of [1]", StringComparison.Ordinal));
        Assert.True(await table.GetByRole(AriaRole.Rowheader).CountAsync() >= 4);

        // The glyphs are hidden from assistive technology; each cell's name is its meaning.
        Assert.Equal(1, await table.GetByRole(AriaRole.Cell, new() { Name = "another version: 25 million euros", Exact = true }).CountAsync());
        Assert.True(await table.GetByRole(AriaRole.Cell, new() { Name = "reports it", Exact = true }).CountAsync() > 0);
        Assert.True(await table.GetByRole(AriaRole.Cell, new() { Name = "reports it, near-copy of [1]", Exact = true }).CountAsync() > 0);
        Assert.True(await table.GetByRole(AriaRole.Cell, new() { Name = "silent", Exact = true }).CountAsync() > 0);
        Assert.Equal(1, await page.GetByRole(AriaRole.Region, new() { Name = "Which outlet reports each sentence of the summary and each key point (5 outlets)" }).CountAsync());
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    [InlineData("forced")]
    public async Task Marks_and_bars_stay_legible_in_light_dark_and_forced_colours(string mode)
    {
        var page = await OpenAsync(PhoneWidth, PhoneHeight, mode);

        foreach (var (cls, glyph) in new[] { ("m-r", "●"), ("m-c", "○"), ("m-o", "≠") })
        {
            Assert.True(await page.Locator($"td.{cls} .mk").CountAsync() > 0, $"no {cls} mark on the page"); // fail now, not after a locator's wait
            var mark = page.Locator($"td.{cls} .mk").First;
            Assert.Equal(glyph, await mark.TextContentAsync());

            // Bring the cell into view beside the sticky row headers, and check nothing covers it.
            var onTop = await mark.EvaluateAsync<bool>("""
                el => {
                  const td = el.closest('td'), grid = el.closest('.grid'), header = td.parentElement.querySelector('th');
                  td.scrollIntoView({ block: 'center', inline: 'nearest' });
                  grid.scrollLeft = Math.max(0, td.offsetLeft - header.offsetWidth);
                  const r = el.getBoundingClientRect();
                  return td.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
                }
                """);
            Assert.True(onTop, $"{cls} is covered");
            Assert.True(await mark.IsVisibleAsync(), $"{cls} is hidden");

            var contrast = await ContrastAsync(mark, "color");
            Assert.True(contrast >= 4.5, $"{cls} contrast {contrast:0.00} in {mode}");
            var cell = page.Locator($"td.{cls}").First;
            Assert.True(Ink(PngImage.Decode(await cell.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"mark-{cls}-{mode}.png") }))) > 90, $"{cls} glyph not drawn in {mode}");
        }

        foreach (var block in new[] { ".bar .o", ".bar .c" })
        {
            Assert.True(await page.Locator(block).CountAsync() > 0, $"no {block} on the page");
            var b = page.Locator(block).First;
            var contrast = await ContrastAsync(b, "borderTopColor");
            Assert.True(contrast >= 3, $"{block} contrast {contrast:0.00} in {mode}");
            Assert.True(Ink(PngImage.Decode(await b.Locator("xpath=..").ScreenshotAsync())) > 90, $"{block} not drawn in {mode}");
        }

        await page.Locator("div.grid").First.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"grid-1-{mode}.png") });
        await page.Locator("nav#stories").ScreenshotAsync(new() { Path = Path.Combine(Shots, $"index-{mode}.png") });
    }

    [Fact]
    public async Task Page_with_grids_requests_nothing_but_itself()
    {
        var requests = new List<string>();
        var page = await NewPageAsync(PhoneWidth, PhoneHeight, "light");
        page.Request += (_, request) => requests.Add(request.Url);

        var url = await LoadAsync(page);
        Assert.Equal(2, await page.Locator("div.grid").CountAsync());
        await page.Locator("div.grid").First.EvaluateAsync("g => { g.scrollLeft = g.scrollWidth; }");
        await page.WaitForFunctionAsync("document.readyState === 'complete'");

        Assert.Equal([url], requests);
    }

    private async Task<IPage> OpenAsync(int width, int height, string mode = "light")
    {
        var page = await NewPageAsync(width, height, mode);
        await LoadAsync(page);
        return page;
    }

    private async Task<IPage> NewPageAsync(int width, int height, string mode)
    {
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            DeviceScaleFactor = 1,
            ColorScheme = mode == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ForcedColors = mode == "forced" ? ForcedColors.Active : ForcedColors.None,
            JavaScriptEnabled = true, // for the assertions only; the page itself has no script
        });
        context.SetDefaultTimeout((float)HangGuard.Limit.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    private async Task<string> LoadAsync(IPage page)
    {
        var file = Path.Combine(_dir, "brief.html");
        if (!File.Exists(file))
        {
            var story = await RiverBridgeAsync();
            var day = new DailyBrief(story.GeneratedAt, new DateOnly(2026, 1, 6), "local", null, [story, NineOutlets()], UsageReport.None, []);
            await File.WriteAllTextAsync(file, new HtmlDailyBriefRenderer().Render(day));
        }

        var url = new Uri(file).AbsoluteUri;
        await page.GotoAsync(url);
        return url;
    }

    // WCAG contrast of the element's colour against the first opaque background behind it.
    private static async Task<double> ContrastAsync(ILocator element, string property)
    {
        var pair = await element.EvaluateAsync<string[]>($$"""
            el => {
              let bg = el, c;
              while (bg && ((c = getComputedStyle(bg).backgroundColor) === 'transparent' || c === 'rgba(0, 0, 0, 0)')) bg = bg.parentElement;
              return [getComputedStyle(el).{{property}}, bg ? c : 'rgb(255, 255, 255)'];
            }
            """);
        var (fg, bg) = (Relative(pair[0]), Relative(pair[1]));
        return (Math.Max(fg, bg) + 0.05) / (Math.Min(fg, bg) + 0.05);
    }

    private static double Relative(string css)
    {
        var v = RgbNumbers().Matches(css).Take(3).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture) / 255).ToArray();
        static double Lin(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return (0.2126 * Lin(v[0])) + (0.7152 * Lin(v[1])) + (0.0722 * Lin(v[2]));
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex RgbNumbers();

    // The largest brightness difference in an element's picture: near 0 where nothing is drawn on its background.
    private static double Ink(PngImage image)
    {
        var lums = Enumerable.Range(0, image.Height).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => image.Luminance(x, y))).ToList();
        return lums.Max() - lums.Min();
    }

    private static async Task<Brief> RiverBridgeAsync()
    {
        var options = new SummaryOptions();
        var pipeline = new SummaryPipelineBuilder()
            .UseCleaner(ArticleCleaners.CreateDefault())
            .UseSummarizer(ExtractiveEngine.CreateSourceSummarizer(options))
            .UseMerger(ExtractiveEngine.CreateMerger(options))
            .UseStoryAnalysis()
            .UseGroundingCheck()
            .UseTimeProvider(new FakeClock())
            .UseOptions(new PipelineOptions { Provider = "local" })
            .Build();
        var input = await new InputReader(new InputReaderOptions(), () => TextReader.Null, NullLogger<InputReader>.Instance)
            .ReadAsync([RepoPaths.Fixture("story-river-bridge")], CancellationToken.None);
        return await pipeline.RunAsync(input, null, CancellationToken.None);
    }

    // Invented: nine outlets with long names, more columns than a phone or a desktop column holds.
    private static Brief NineOutlets()
    {
        var names = new[] { "Northern Valley Broadcasting Corporation", "Harbour Gazette", "Tideline Daily", "Isle Marren Community Radio", "The Lowmoor Post", "Fennick Evening Standard", "Vale Echo", "Coastline Weekly Review", "Marren Times" };
        var sources = names.Select((n, i) => new BriefSource(
            new CleanedArticle(i + 1, $"in/{i + 1}.txt", "Ferry crews strike", new ArticleMetadata { Outlet = n }, "Text.", 80, new CleaningReport([])),
            null,
            i == 8 ? 2 : null)).ToList();
        return new Brief(
            new DateTimeOffset(2026, 1, 6, 7, 0, 0, TimeSpan.Zero),
            "local",
            null,
            sources,
            new MergedSummary(
                "Ferry crews begin a 48-hour strike over rotas",
                "…",
                [new Claim("The union said 340 crew members had joined the walkout, leaving island crossings to a single vessel.", [1, 3, 4, 7])],
                [new Disagreement("crew on strike", [new Claim("340 crew members", [1, 3, 4, 7]), new Claim("about 300 crew", [5, 6])])],
                [])
            {
                SummaryClaims = [new Claim("Ferry crews began a 48-hour strike on Tuesday over changes to their rotas.", [1, 2, 3, 4, 5, 6, 7, 8, 9])],
            },
            CheckReport.Empty,
            UsageReport.None,
            []);
    }
}
