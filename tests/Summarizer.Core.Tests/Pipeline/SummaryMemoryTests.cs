using System.Collections.Concurrent;
using Summarizer.Core.Tests.Support;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Pipeline;

public class SummaryMemoryTests
{
    private static RawArticle Raw(string origin, string text) => new(origin, ContentKind.PlainText, text, ArticleMetadata.Empty);

    private static SummaryPipeline Build(FirstLineSummarizer summarizer, ISummaryMemory memory) =>
        new SummaryPipelineBuilder()
            .UseCleaner(new PassThroughCleaner())
            .UseSummarizer(summarizer)
            .UseMerger(new CiteAllMerger())
            .UseSummaryMemory(memory)
            .UseTimeProvider(new FakeClock())
            .Build();

    [Fact]
    public async Task An_article_summarized_on_an_earlier_run_is_not_summarized_again_and_takes_its_new_number()
    {
        var memory = new DictionaryMemory();
        await Build(new FirstLineSummarizer(), memory).RunAsync(new IngestionResult([Raw("https://a.example/ferry", "Ferry resumes.")], []), null, CancellationToken.None);
        var summarizer = new FirstLineSummarizer();

        var brief = await Build(summarizer, memory).RunAsync(
            new IngestionResult([Raw("https://b.example/lanes", "Cycle lanes open."), Raw("https://a.example/ferry?utm_source=x", "Ferry resumes.")], []),
            null,
            CancellationToken.None);

        Assert.Equal(["https://b.example/lanes"], summarizer.Summarized);
        Assert.Equal([1, 2], brief.Sources.Select(s => s.Summary!.SourceId));
        Assert.Equal("Ferry resumes.", brief.Sources[1].Summary!.Summary);
        Assert.Equal([1, 2], brief.Merged!.KeyPoints[0].Sources);
        Assert.Contains(memory.Remembered.Values, s => s.Summary == "Cycle lanes open.");
    }

    [Fact]
    public async Task A_memory_that_fails_is_bypassed_and_the_article_summarized()
    {
        var summarizer = new FirstLineSummarizer();

        var brief = await Build(summarizer, new DictionaryMemory { Broken = true }).RunAsync(
            new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta.")], []), null, CancellationToken.None);

        Assert.Equal(["a", "b"], summarizer.Summarized.Order(StringComparer.Ordinal));
        Assert.Empty(brief.Failures);
        Assert.Equal(2, brief.Sources.Count);
        Assert.All(brief.Sources, s => Assert.NotNull(s.Summary));
    }

    [Fact]
    public async Task A_source_that_failed_is_not_remembered()
    {
        var memory = new DictionaryMemory();
        var summarizer = new FirstLineSummarizer();
        summarizer.FailFor.Add("b");

        await Build(summarizer, memory).RunAsync(new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta.")], []), null, CancellationToken.None);

        Assert.Equal(["Alpha."], memory.Remembered.Values.Select(s => s.Summary));
    }

    /// <summary>Remembers by text, as the real memory does for an article without a URL.</summary>
    private sealed class DictionaryMemory : ISummaryMemory
    {
        public ConcurrentDictionary<string, SourceSummary> Remembered { get; } = new(StringComparer.Ordinal);

        public bool Broken { get; init; }

        public Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken) =>
            Broken ? throw new IOException("disk full") : Task.FromResult(Remembered.GetValueOrDefault(ArticleIdentity.Of(article).ContentHash));

        public Task RememberAsync(CleanedArticle article, SourceSummary summary, CancellationToken cancellationToken)
        {
            if (Broken)
            {
                throw new IOException("disk full");
            }

            Remembered[ArticleIdentity.Of(article).ContentHash] = summary;
            if (ArticleIdentity.Of(article).Url is { } url)
            {
                Remembered[url] = summary;
            }

            return Task.CompletedTask;
        }
    }
}
