using Summarizer.Documents;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Tests.Support;

namespace Summarizer.Scheduling.Tests.History;

public sealed class PreviousBriefTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 6);
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Marks_the_sources_the_latest_earlier_brief_listed()
    {
        Day("2026-01-04", """{"stories":[{"sources":[{"url":"https://news.example/old","path":null}]}]}""");
        Day("2026-01-05", """{"stories":[{"sources":[{"url":"https://news.example/ferry?utm_source=rss","path":null},{"url":null,"path":"inbox/lanes.txt"}]}]}""");
        Day("2026-01-06", """{"stories":[{"sources":[{"url":"https://news.example/bridge","path":null}]}]}""");

        var annotated = PreviousBrief.Annotate(TodayBrief(), _dir.Path);

        Assert.Equal(new DateOnly(2026, 1, 5), annotated.PreviousDate);
        Assert.Equal([1], annotated.Stories[0].SeenBefore); // the ferry page, under another tracking query
        Assert.Equal([1], annotated.Stories[1].SeenBefore); // the same file
        Assert.Empty(annotated.Stories[2].SeenBefore); // today's own folder is not "before"
    }

    [Fact]
    public void A_damaged_brief_is_passed_over_for_the_one_before()
    {
        Day("2026-01-04", """{"stories":[{"sources":[{"url":"https://news.example/bridge","path":null}]}]}""");
        Day("2026-01-05", "{ not json");

        var annotated = PreviousBrief.Annotate(TodayBrief(), _dir.Path);

        Assert.Equal(new DateOnly(2026, 1, 4), annotated.PreviousDate);
        Assert.Equal([1], annotated.Stories[2].SeenBefore);
    }

    [Fact]
    public void Without_an_earlier_brief_nothing_is_compared()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "notes"));

        var annotated = PreviousBrief.Annotate(TodayBrief(), _dir.Path);

        Assert.Null(annotated.PreviousDate);
        Assert.NotEmpty(annotated.Stories);
        Assert.All(annotated.Stories, s => Assert.Empty(s.SeenBefore));
    }

    private void Day(string date, string json)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, date)).FullName;
        File.WriteAllText(Path.Combine(folder, "brief.json"), json);
    }

    /// <summary>Three stories: two pages (one under a tracking query), two files, one more page.</summary>
    internal static DailyBrief TodayBrief(DateOnly? day = null) => new(
        DateTimeOffset.UnixEpoch, day ?? Today, "local", null,
        [
            Story(("https://news.example/ferry?utm_source=newsletter", null), ("https://news.example/ferry-2", null)),
            Story(("inbox/lanes.txt", null), ("inbox/library.txt", null)),
            Story(("https://news.example/bridge", null)),
        ],
        UsageReport.None,
        []);

    private static Brief Story(params (string Origin, string? Url)[] sources) => new(
        DateTimeOffset.UnixEpoch, "local", null,
        [.. sources.Select((s, i) => new BriefSource(new CleanedArticle(i + 1, s.Origin, "T", new ArticleMetadata { Url = s.Url }, "Text.", 1, CleaningReport.Empty), null, null))],
        null, CheckReport.Empty, UsageReport.None, []);
}
