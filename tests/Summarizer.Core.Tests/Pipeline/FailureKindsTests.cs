using System.Text.Json;
using Summarizer.Chat;
using Summarizer.Core.Tests.Support;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Http;
using Summarizer.Pipeline;
using Summarizer.Stories;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>Expected failures fail their own source or step; a bug ends the run naming the stage.</summary>
public class FailureKindsTests
{
    private static RawArticle Raw(string origin, string text) => new(origin, ContentKind.PlainText, text, ArticleMetadata.Empty);

    private static readonly IngestionResult ThreeSources = new([Raw("a", "Alpha."), Raw("b", "Beta."), Raw("c", "Gamma.")], []);

    private static SummaryPipeline Build(ISourceSummarizer? summarizer = null, CiteAllMerger? merger = null, IBriefEnricher? enricher = null, ISummaryMemory? memory = null)
    {
        var builder = new SummaryPipelineBuilder()
            .UseCleaner(new PassThroughCleaner())
            .UseSummarizer(summarizer ?? new FirstLineSummarizer())
            .UseMerger(merger ?? new CiteAllMerger())
            .UseTimeProvider(new FakeClock());
        if (enricher is not null)
        {
            builder.UseEnricher(enricher);
        }

        if (memory is not null)
        {
            builder.UseSummaryMemory(memory);
        }

        return builder.Build();
    }

    private static readonly string[] Kinds = ["io", "access", "http", "fetch", "json", "model-output", "timeout"];

    public static TheoryData<string> ExpectedKinds => new(Kinds);

    private static Exception Expected(string kind) => kind switch
    {
        "io" => new IOException("disk full"),
        "access" => new UnauthorizedAccessException("permission denied"),
        "http" => new HttpRequestException("connection reset"),
        "fetch" => new FetchException("HTTP 503"),
        "json" => new JsonException("'}' is invalid"),
        "model-output" => new ModelOutputException("source 2", "summarize", "no JSON object"),
        _ => new OperationCanceledException("attempt timed out"), // the run's own token is not cancelled
    };

    [Theory]
    [MemberData(nameof(ExpectedKinds))]
    public async Task An_expected_failure_in_one_source_fails_only_that_source(string kind)
    {
        var summarizer = new FirstLineSummarizer { Failure = _ => Expected(kind) };
        summarizer.FailFor.Add("b");

        var brief = await Build(summarizer).RunAsync(ThreeSources, null, CancellationToken.None);

        var failure = Assert.Single(brief.Failures);
        Assert.Equal(("b", "summarize"), (failure.Source, failure.Stage));
        Assert.Equal(["Alpha.", "Gamma."], brief.Sources.Select(s => s.Summary?.Summary).OfType<string>());
    }

    [Fact]
    public async Task A_null_reference_in_one_source_ends_the_run_naming_the_summarize_stage()
    {
        var summarizer = new FirstLineSummarizer { Failure = _ => new NullReferenceException("Object reference not set to an instance of an object.") };
        summarizer.FailFor.Add("b");

        var ex = await Assert.ThrowsAsync<StageFailedException>(() => Build(summarizer).RunAsync(ThreeSources, null, CancellationToken.None));

        Assert.Equal("summarize", ex.Stage);
        Assert.IsType<NullReferenceException>(ex.InnerException);
        Assert.Equal("internal error in stage summarize: NullReferenceException: Object reference not set to an instance of an object.", ex.Message);
    }

    [Theory]
    [InlineData(typeof(ArgumentException))]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(IndexOutOfRangeException))]
    [InlineData(typeof(InvalidDataException))]
    public async Task A_bug_in_the_merge_is_not_a_merge_failure_but_ends_the_run(Type bug)
    {
        var merger = new CiteAllMerger { Fail = true, Failure = () => (Exception)Activator.CreateInstance(bug, "our own mistake")! };

        var ex = await Assert.ThrowsAsync<StageFailedException>(() => Build(merger: merger).RunAsync(ThreeSources, null, CancellationToken.None));

        Assert.Equal("merge", ex.Stage);
        Assert.IsType(bug, ex.InnerException);
    }

    [Fact]
    public async Task A_bug_in_an_enricher_names_the_check_it_happened_in()
    {
        var ex = await Assert.ThrowsAsync<StageFailedException>(() =>
            Build(enricher: new ThrowingEnricher(new NullReferenceException())).RunAsync(ThreeSources, null, CancellationToken.None));

        Assert.Equal("check (ThrowingEnricher)", ex.Stage);
    }

    [Fact]
    public async Task A_bug_in_the_summary_memory_ends_the_run_while_a_store_that_fails_is_bypassed()
    {
        var bypassed = await Build(memory: new ThrowingMemory(new IOException("disk full"))).RunAsync(ThreeSources, null, CancellationToken.None);
        var ex = await Assert.ThrowsAsync<StageFailedException>(() =>
            Build(memory: new ThrowingMemory(new NullReferenceException())).RunAsync(ThreeSources, null, CancellationToken.None));

        Assert.Empty(bypassed.Failures);
        Assert.Equal("memory", ex.Stage);
    }

    [Fact]
    public async Task A_bug_in_the_clusterer_names_the_cluster_stage()
    {
        var ex = await Assert.ThrowsAsync<StageFailedException>(() =>
            Build().RunDailyAsync(ThreeSources, new DateOnly(2026, 1, 6), new ThrowingClusterer(), null, CancellationToken.None));

        Assert.Equal("cluster", ex.Stage);
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);
    }

    [Fact]
    public async Task Cancellation_of_the_run_is_not_a_timeout()
    {
        using var cts = new CancellationTokenSource();
        var summarizer = new FirstLineSummarizer
        {
            Failure = _ =>
            {
                cts.Cancel();
                return new OperationCanceledException(cts.Token);
            },
        };
        summarizer.FailFor.Add("a");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Build(summarizer).RunAsync(ThreeSources, null, cts.Token));
    }

    [Fact]
    public void The_expected_set_is_the_outside_world_and_nothing_of_our_own_making()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.All(Kinds.Select(Expected), e => Assert.True(ExpectedFailure.Is(e, CancellationToken.None), e.GetType().Name));
        Assert.False(ExpectedFailure.Is(new OperationCanceledException(), cancelled.Token));
        Assert.All(
            new Exception[] { new NullReferenceException(), new ArgumentException("x"), new InvalidOperationException(), new IndexOutOfRangeException(), new KeyNotFoundException() },
            e => Assert.False(ExpectedFailure.Is(e, CancellationToken.None), e.GetType().Name));
    }

    private sealed class ThrowingEnricher(Exception exception) : IBriefEnricher
    {
        public Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken) => throw exception;
    }

    private sealed class ThrowingMemory(Exception exception) : ISummaryMemory
    {
        public Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken) => throw exception;

        public Task RememberAsync(CleanedArticle article, SourceSummary summary, CancellationToken cancellationToken) => throw exception;
    }

    private sealed class ThrowingClusterer : IStoryClusterer
    {
        public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken = default) =>
            throw new ArgumentOutOfRangeException(nameof(articles), "an index we computed wrong");
    }
}
