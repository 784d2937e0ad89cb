using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Documents;
using Summarizer.Scheduling.Memory;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Memory;

public sealed class SqliteSummaryMemoryTests : IDisposable
{
    private const string Engine = "engine-a";
    private const string Text = "The ferry to Corran Point resumed on Monday after a six-week repair of its ramp.\n\nAbout 900 passengers a day use it.";
    private static readonly SourceSummary Written = new(3, "The Corran Point ferry resumed on Monday after six weeks.", ["About 900 passengers a day use it."]);

    private readonly TempFolder _dir = new();
    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Recalls_the_same_article_under_a_changed_tracking_query_renumbered_by_the_caller()
    {
        using (var memory = Open())
        {
            await memory.RememberAsync(Article("https://news.example/ferry?utm_source=rss"), Written, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromDays(1));
        using var nextDay = Open();
        var recalled = await nextDay.RecallAsync(Article("https://NEWS.example/ferry?utm_source=newsletter&utm_medium=email#top"), CancellationToken.None);

        Assert.NotNull(recalled);
        Assert.Equal(Written.Summary, recalled.Summary);
        Assert.Equal(Written.KeyPoints, recalled.KeyPoints);
    }

    [Fact]
    public async Task Recalls_the_same_text_under_another_address()
    {
        using var memory = Open();
        await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);

        Assert.NotNull(await memory.RecallAsync(Article("/inbox/ferry-copy.txt"), CancellationToken.None));
        Assert.NotNull(await memory.RecallAsync(Article("https://syndicated.example/story/77"), CancellationToken.None));
    }

    [Fact]
    public async Task An_article_whose_text_changed_is_not_recalled()
    {
        using var memory = Open();
        await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);

        var updated = Article("https://news.example/ferry?utm_source=rss", Text.Replace("900", "1,200", StringComparison.Ordinal));

        Assert.Null(await memory.RecallAsync(updated, CancellationToken.None));
        Assert.Null(await memory.RecallAsync(Article("https://news.example/ferry", title: "Ferry back after repairs, council says"), CancellationToken.None));
    }

    [Fact]
    public async Task Another_engine_never_reuses_the_summaries()
    {
        using (var memory = Open())
        {
            await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
        }

        using var other = Open("engine-b");

        Assert.Null(await other.RecallAsync(Article("https://news.example/ferry"), CancellationToken.None));
    }

    [Fact]
    public async Task Entries_unused_for_longer_than_the_retention_are_dropped_and_used_ones_kept()
    {
        using (var memory = Open())
        {
            await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
            await memory.RememberAsync(Article("https://news.example/lanes", "Cycle lanes open on Quay Street."), Written, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromDays(20));
        using (var memory = Open())
        {
            // Seen again on day 20: its entry is kept alive.
            var ferry = Article("https://news.example/ferry");
            await memory.RememberAsync(ferry, (await memory.RecallAsync(ferry, CancellationToken.None))!, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromDays(15));
        using var later = Open();

        Assert.NotNull(await later.RecallAsync(Article("https://news.example/ferry"), CancellationToken.None));
        Assert.Null(await later.RecallAsync(Article("https://news.example/lanes", "Cycle lanes open on Quay Street."), CancellationToken.None));
    }

    [Fact]
    public async Task Lives_under_the_output_folder()
    {
        using (var memory = Open())
        {
            await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
        }

        Assert.True(File.Exists(Path.Combine(_dir.Path, ".summarizer", "summaries.db")));
    }

    [Fact]
    public async Task A_damaged_file_is_reported_once_and_the_memory_stands_aside()
    {
        var path = SqliteSummaryMemory.PathFor(_dir.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "not a database");
        var logs = new CountingLogger();
        using var memory = new SqliteSummaryMemory(path, Engine, new SummaryMemoryOptions(), _time, logs);

        Assert.Null(await memory.RecallAsync(Article("https://news.example/ferry"), CancellationToken.None));
        await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
        Assert.Null(await memory.RecallAsync(Article("https://news.example/lanes"), CancellationToken.None));

        Assert.Equal(1, logs.Warnings);
        Assert.Equal("not a database", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void A_retention_out_of_range_is_refused_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteSummaryMemory(
            SqliteSummaryMemory.PathFor(_dir.Path), Engine, new SummaryMemoryOptions { Retention = TimeSpan.Zero }, _time, NullLogger<SqliteSummaryMemory>.Instance));

        Assert.Contains("Retention", error.Message, StringComparison.Ordinal);
    }

    private SqliteSummaryMemory Open(string engine = Engine) =>
        new(SqliteSummaryMemory.PathFor(_dir.Path), engine, new SummaryMemoryOptions(), _time, NullLogger<SqliteSummaryMemory>.Instance);

    private static CleanedArticle Article(string origin, string text = Text, string? title = "Ferry resumes") =>
        new(1, origin, title, ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty);

    private sealed class CountingLogger : Microsoft.Extensions.Logging.ILogger<SqliteSummaryMemory>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning)
            {
                Warnings++;
            }
        }
    }
}
