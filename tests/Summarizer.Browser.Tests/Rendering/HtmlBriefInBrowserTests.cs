using Microsoft.Playwright;
using Summarizer.Browser.Tests.Support;
using Summarizer.Core.Tests.Rendering;
using Summarizer.Documents;
using Summarizer.Rendering;
using Summarizer.TestSupport;

namespace Summarizer.Browser.Tests.Rendering;

/// <summary>The daily HTML brief as a reader sees it: a phone and a desktop window, light and dark.</summary>
public sealed class HtmlBriefInBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-browser-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(PhoneWidth, PhoneHeight, true)]
    [InlineData(1280, 900, true)]
    [InlineData(PhoneWidth, PhoneHeight, false)]
    public async Task Page_never_scrolls_sideways(int width, int height, bool daily)
    {
        var page = await NewPageAsync(width, height);
        if (daily)
        {
            await LoadAsync(page);
        }
        else
        {
            await LoadAsync(page, new HtmlBriefRenderer().Render(SampleDailyBriefs.Ferry("https://news.example.net/" + new string('y', 300))));
        }

        var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));

        Assert.Equal(width, innerWidth);
        Assert.True(scrollWidth <= innerWidth, $"scrollWidth {scrollWidth} > innerWidth {innerWidth} at {width}px");
    }

    [Fact]
    public async Task Lines_stay_short_enough_to_read_on_a_desktop()
    {
        var page = await OpenAsync(1280, 900);

        var mainWidth = await page.EvaluateAsync<double>("document.querySelector('main').getBoundingClientRect().width");

        Assert.InRange(mainWidth, 500, 760);
    }

    [Fact]
    public async Task Clicking_a_citation_brings_its_source_entry_into_view()
    {
        var page = await OpenAsync(PhoneWidth, PhoneHeight);
        var citation = page.Locator("#s2 .summary a.cite").Last;
        var target = (await citation.GetAttributeAsync("href"))!;

        await citation.ClickAsync();

        Assert.Equal("#s2-source-2", target);
        Assert.Equal(target, await page.EvaluateAsync<string>("location.hash"));
        Assert.Equal("s2-source-2", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        var entry = page.Locator("#s2-source-2");
        Assert.True(await entry.IsVisibleAsync(), "the source entry is not visible");
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > 0, "the page did not scroll");
        var box = (await entry.BoundingBoxAsync())!;
        Assert.InRange(box.Y, 0, PhoneHeight - box.Height);
    }

    [Fact]
    public async Task Page_requests_nothing_but_itself()
    {
        var requests = new List<string>();
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        page.Request += (_, request) => requests.Add(request.Url);

        var url = await LoadAsync(page);
        await page.Locator("a.cite").First.ClickAsync();

        // Everything a page fetches (styles, fonts, images) is asked for before it is complete. Not NetworkIdle:
        // after the in-page jump Chromium may never report it again, and the wait timed out on a busy machine.
        await page.WaitForFunctionAsync("document.readyState === 'complete'");

        Assert.Equal([url], requests);
    }

    [Fact]
    public async Task All_text_is_at_least_16px()
    {
        var page = await OpenAsync(PhoneWidth, PhoneHeight);

        // Smallest computed size among elements that hold visible text themselves.
        var smallest = await page.EvaluateAsync<string>("""
            (() => {
              let min = Infinity, where = '';
              for (const el of document.body.querySelectorAll('*')) {
                const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
                if (!own) continue;
                const size = parseFloat(getComputedStyle(el).fontSize);
                if (size < min) { min = size; where = el.tagName + ' ' + el.textContent.trim().slice(0, 40); }
              }
              return min + '|' + where;
            })()
            """);

        var size = double.Parse(smallest.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(size >= 16, $"smallest text is {smallest}");
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_setting()
    {
        var light = await OpenAsync(PhoneWidth, PhoneHeight, ColorScheme.Light);
        var dark = await OpenAsync(PhoneWidth, PhoneHeight, ColorScheme.Dark);
        const string Background = "getComputedStyle(document.body).backgroundColor";

        Assert.Equal("rgb(253, 253, 252)", await light.EvaluateAsync<string>(Background));
        Assert.Equal("rgb(20, 20, 20)", await dark.EvaluateAsync<string>(Background));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Phone_screenshot_shows_text_from_the_top_and_nothing_touches_the_edges(string scheme)
    {
        var page = await OpenAsync(PhoneWidth, PhoneHeight, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        var screen = PngImage.Decode(await page.ScreenshotAsync());
        var whole = PngImage.Decode(await page.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(_dir, $"brief-phone-{scheme}.png") }));

        Assert.Equal((PhoneWidth, PhoneHeight), (screen.Width, screen.Height));
        var background = Background(whole);
        Assert.True(scheme == "dark" ? background < 60 : background > 200, $"{scheme} background luminance {background:0}");

        // Text is what stands out from the background; a blank or unstyled page has none where it should.
        var ink = Ink(whole, background);
        var share = (double)ink.Count / (whole.Width * whole.Height);
        Assert.True(share is > 0.01 and < 0.4, $"ink covers {share:P1} of the page");
        Assert.Contains(Ink(screen, background), p => p.Y < PhoneHeight / 4);

        // Long headlines and URLs wrap inside the page's padding instead of running to (or past) the edge.
        var nearEdge = ink.Where(p => p.X < 6 || p.X >= whole.Width - 6).ToList();
        Assert.True(nearEdge.Count == 0, $"{nearEdge.Count} text pixel(s) within 6px of the side, first at {nearEdge.FirstOrDefault()}");

        // A copy outside the temporary folder, for a person to look at after the run.
        File.Copy(Path.Combine(_dir, $"brief-phone-{scheme}.png"), Path.Combine(Path.GetTempPath(), $"brief-phone-{scheme}.png"), overwrite: true);
    }

    private async Task<IPage> OpenAsync(int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await NewPageAsync(width, height, scheme);
        await LoadAsync(page);
        return page;
    }

    private async Task<IPage> NewPageAsync(int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            DeviceScaleFactor = 1,
            ColorScheme = scheme,
            JavaScriptEnabled = true, // for the assertions only; the page itself has no script
        });

        // Playwright's 30 s default decided pass/fail on a busy machine; a wait here only has to end.
        context.SetDefaultTimeout((float)HangGuard.Limit.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    private async Task<string> LoadAsync(IPage page, string? html = null)
    {
        var file = Path.Combine(_dir, "brief.html");
        await File.WriteAllTextAsync(file, html ?? new HtmlDailyBriefRenderer().Render(Day()));
        var url = new Uri(file).AbsoluteUri;
        await page.GotoAsync(url);
        return url;
    }

    // The two sample stories plus one with an unbreakable headline word and URL, the usual cause of sideways scrolling.
    private static DailyBrief Day()
    {
        var day = SampleDailyBriefs.TwoStories();
        var longUrl = "https://news.example.net/" + string.Concat(Enumerable.Repeat("very-long-path-segment-", 12));
        var wide = SampleDailyBriefs.Ferry(longUrl);
        wide = wide with { Merged = wide.Merged! with { Headline = "Supercalifragilisticexpialidocious" + new string('x', 60) } };
        return day with { Stories = [.. day.Stories, wide] };
    }

    // The most common brightness (in steps of 8): the page background.
    private static double Background(PngImage image)
    {
        var counts = new int[33];
        for (var y = 0; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                counts[(int)image.Luminance(x, y) / 8]++;
            }
        }

        return (Array.IndexOf(counts, counts.Max()) * 8) + 4;
    }

    // Pixels far enough from the background's brightness to be text or rules, not anti-aliasing haze.
    private static List<(int X, int Y)> Ink(PngImage image, double background)
    {
        var ink = new List<(int X, int Y)>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (Math.Abs(image.Luminance(x, y) - background) > 90)
                {
                    ink.Add((x, y));
                }
            }
        }

        return ink;
    }
}
