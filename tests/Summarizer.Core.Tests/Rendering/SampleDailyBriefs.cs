using Summarizer.Documents;

namespace Summarizer.Core.Tests.Rendering;

/// <summary>Hand-built multi-story briefs for the daily renderers; the stories are invented.</summary>
internal static class SampleDailyBriefs
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 4, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Two stories: <see cref="SampleBriefs.Full"/>, then a smaller one whose sources have web addresses.</summary>
    public static DailyBrief TwoStories() => new(
        Morning,
        new DateOnly(2026, 3, 4),
        "local",
        null,
        [SampleBriefs.Full(), Ferry()],
        new UsageReport(4, 2000, 450, 1, 2),
        [new Failure("https://example.org/feed.xml", "ingest", "feed returned HTTP 503")]);

    /// <summary>A story whose summary is untraced prose with inline [n] markers, and whose sources have URLs.</summary>
    public static Brief Ferry(string? secondUrl = "https://news.example.net/2026/03/ferry-strike?ref=rss&amp=1")
    {
        CleanedArticle Article(int id, string outlet, string title, string? url) =>
            new(id, url ?? $"in/ferry-{id}.html", title, new ArticleMetadata { Outlet = outlet, Url = url, Language = "en" }, "Body text here.", 300, new CleaningReport([]));

        return new Brief(
            Morning,
            "local",
            null,
            [
                new BriefSource(Article(1, "Harbour Gazette", "Ferry crews walk out over rotas", "https://harbour.example.com/ferry-strike"), new SourceSummary(1, "Ferry crews began a 48-hour strike.", ["Crossings to Isle Marren cancelled."]), null),
                new BriefSource(Article(2, "Tideline Daily", "Island ferries halted", secondUrl), new SourceSummary(2, "No ferries ran on Tuesday.", []), null),
            ],
            new MergedSummary(
                "Ferry strike halts island crossings",
                "Ferry crews began a 48-hour strike [1]. No crossings ran on Tuesday [1][2].",
                [new Claim("The strike is over crew rotas.", [1, 2])],
                [],
                [new Claim("Talks resume on Thursday.", [1])]),
            CheckReport.Empty,
            UsageReport.None,
            []);
    }
}
