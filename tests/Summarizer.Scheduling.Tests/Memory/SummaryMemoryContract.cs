using Summarizer.Documents;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Memory;

/// <summary>What every summary memory does (SQLite beside the output, PostgreSQL in the shared store).</summary>
public abstract class SummaryMemoryContract
{
    private protected const string Engine = "engine-a";
    private protected const string Text = "The ferry to Corran Point resumed on Monday after a six-week repair of its ramp.\n\nAbout 900 passengers a day use it.";
    private protected static readonly SourceSummary Written = new(3, "The Corran Point ferry resumed on Monday after six weeks.", ["About 900 passengers a day use it."]);

    private protected FakeClock Time { get; } = new(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero));

    /// <summary>A memory over the same storage each call (a later run), for <paramref name="engine"/>.</summary>
    private protected abstract Task<DisposableMemory> OpenAsync(string engine = Engine);

    private protected async Task Check_Recalls_the_same_article_under_a_changed_tracking_query_renumbered_by_the_caller()
    {
        using (var memory = await OpenAsync())
        {
            await memory.RememberAsync(Article("https://news.example/ferry?utm_source=rss"), Written, CancellationToken.None);
        }

        Time.Advance(TimeSpan.FromDays(1));
        using var nextDay = await OpenAsync();
        var recalled = await nextDay.RecallAsync(Article("https://NEWS.example/ferry?utm_source=newsletter&utm_medium=email#top"), CancellationToken.None);

        Assert.NotNull(recalled);
        Assert.Equal(Written.Summary, recalled.Summary);
        Assert.Equal(Written.KeyPoints, recalled.KeyPoints);
    }

    private protected async Task Check_Recalls_the_same_text_under_another_address()
    {
        using var memory = await OpenAsync();
        await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);

        Assert.NotNull(await memory.RecallAsync(Article("/inbox/ferry-copy.txt"), CancellationToken.None));
        Assert.NotNull(await memory.RecallAsync(Article("https://syndicated.example/story/77"), CancellationToken.None));
    }

    private protected async Task Check_An_article_whose_text_changed_is_not_recalled()
    {
        using var memory = await OpenAsync();
        await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);

        var updated = Article("https://news.example/ferry?utm_source=rss", Text.Replace("900", "1,200", StringComparison.Ordinal));

        Assert.Null(await memory.RecallAsync(updated, CancellationToken.None));
        Assert.Null(await memory.RecallAsync(Article("https://news.example/ferry", title: "Ferry back after repairs, council says"), CancellationToken.None));
    }

    private protected async Task Check_Another_engine_never_reuses_the_summaries()
    {
        using (var memory = await OpenAsync())
        {
            await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
        }

        using var other = await OpenAsync("engine-b");

        Assert.Null(await other.RecallAsync(Article("https://news.example/ferry"), CancellationToken.None));
    }

    private protected async Task Check_Entries_unused_for_longer_than_the_retention_are_dropped_and_used_ones_kept()
    {
        using (var memory = await OpenAsync())
        {
            await memory.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);
            await memory.RememberAsync(Article("https://news.example/lanes", "Cycle lanes open on Quay Street."), Written, CancellationToken.None);
        }

        Time.Advance(TimeSpan.FromDays(20));
        using (var memory = await OpenAsync())
        {
            // Seen again on day 20: its entry is kept alive.
            var ferry = Article("https://news.example/ferry");
            await memory.RememberAsync(ferry, (await memory.RecallAsync(ferry, CancellationToken.None))!, CancellationToken.None);
        }

        Time.Advance(TimeSpan.FromDays(15));
        using var later = await OpenAsync();

        Assert.NotNull(await later.RecallAsync(Article("https://news.example/ferry"), CancellationToken.None));
        Assert.Null(await later.RecallAsync(Article("https://news.example/lanes", "Cycle lanes open on Quay Street."), CancellationToken.None));
    }

    private protected static CleanedArticle Article(string origin, string text = Text, string? title = "Ferry resumes") =>
        new(1, origin, title, ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty);

    /// <summary>A memory and what must be released with it.</summary>
    private protected sealed class DisposableMemory(ISummaryMemory memory, IDisposable? owner) : ISummaryMemory, IDisposable
    {
        public Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken) => memory.RecallAsync(article, cancellationToken);

        public Task RememberAsync(CleanedArticle article, SourceSummary summary, CancellationToken cancellationToken) => memory.RememberAsync(article, summary, cancellationToken);

        public void Dispose() => owner?.Dispose();
    }
}
