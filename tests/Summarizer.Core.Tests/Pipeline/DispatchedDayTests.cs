using Summarizer.Chat;
using Summarizer.Core.Tests.Support;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>A day whose stories run elsewhere (<see cref="IStoryDispatcher"/>, a cluster's workers): the same brief as run here.</summary>
public sealed class DispatchedDayTests
{
    private static readonly DateOnly Day = new(2026, 1, 6);

    private static readonly IngestionResult ThreeStories = new([Raw("a", "Alpha."), Raw("b", "Beta."), Raw("c", "Gamma.")], []);

    private static RawArticle Raw(string origin, string text) => new(origin, ContentKind.PlainText, text, ArticleMetadata.Empty);

    private static SummaryPipeline Build(ISourceSummarizer summarizer) => FakePipelines.Build(summarizer);

    [Fact]
    public async Task Stories_run_by_the_dispatcher_give_the_brief_the_day_gives_when_run_here()
    {
        var worker = Build(new FirstLineSummarizer());
        var dispatcher = new WorkerDispatcher(worker);

        var here = await Build(new FirstLineSummarizer()).RunDailyAsync(ThreeStories, Day, new OneStoryEach(), null, CancellationToken.None);
        var dispatched = await Build(new FailingSummarizer()).RunDailyAsync(ThreeStories, Day, new OneStoryEach(), dispatcher, null, CancellationToken.None);

        Assert.Equal(3, dispatcher.Handed);
        Assert.Equal(
            here.Stories.Select(s => (s.Sources.Single().Article.Origin, s.Sources.Single().Article.Id, s.Sources.Single().Summary!.Summary)),
            dispatched.Stories.Select(s => (s.Sources.Single().Article.Origin, s.Sources.Single().Article.Id, s.Sources.Single().Summary!.Summary)));
    }

    [Fact]
    public async Task The_days_usage_adds_what_the_workers_paid_for()
    {
        var paid = new UsageReport(ModelCalls: 2, InputTokens: 30, OutputTokens: 10, CacheHits: 1, Retries: 0);
        var dispatcher = new WorkerDispatcher(Build(new FirstLineSummarizer()), brief => brief with { Usage = paid });

        var daily = await Build(new FailingSummarizer()).RunDailyAsync(ThreeStories, Day, new OneStoryEach(), dispatcher, null, CancellationToken.None);

        Assert.Equal(new UsageReport(6, 90, 30, 3, 0), daily.Usage);
    }

    [Fact]
    public async Task A_day_of_one_story_runs_here_without_the_dispatcher()
    {
        var dispatcher = new WorkerDispatcher(Build(new FirstLineSummarizer()));

        var daily = await Build(new FirstLineSummarizer()).RunDailyAsync(new IngestionResult([Raw("a", "Alpha.")], []), Day, new OneStoryEach(), dispatcher, null, CancellationToken.None);

        Assert.Equal(0, dispatcher.Handed);
        Assert.Single(daily.Stories);
    }

    [Fact]
    public async Task A_later_story_the_provider_could_not_serve_is_reported_and_a_first_one_ends_the_day()
    {
        static StoryOutcome Down(string origin) => new() { Unusable = ProviderUnusableReason.Unreachable, Error = "down for " + origin, Worker = "w2" };

        var later = new FixedDispatcher(stories => [.. stories.Select(s => s[0].Origin == "b" ? Down("b") : Done(s))]);
        var first = new FixedDispatcher(stories => [.. stories.Select(s => s[0].Origin == "a" ? Down("a") : Done(s))]);

        var daily = await Build(new FailingSummarizer()).RunDailyAsync(ThreeStories, Day, new OneStoryEach(), later, null, CancellationToken.None);
        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() =>
            Build(new FailingSummarizer()).RunDailyAsync(ThreeStories, Day, new OneStoryEach(), first, null, CancellationToken.None));

        Assert.Equal(["a", "c"], daily.Stories.Select(s => s.Sources.Single().Article.Origin));
        Assert.Equal(("b", "story"), (Assert.Single(daily.Failures).Source, daily.Failures[0].Stage));
        Assert.Equal("down for a", ex.Message);
    }

    [Fact]
    public async Task A_story_that_failed_on_a_worker_with_a_bug_ends_the_day_naming_the_worker()
    {
        var dispatcher = new FixedDispatcher(stories => [.. stories.Select(s => s[0].Origin == "c" ? StoryOutcome.Failed("NullReferenceException: boom") with { Worker = "w3" } : Done(s))]);

        var ex = await Assert.ThrowsAsync<StageFailedException>(() =>
            Build(new FailingSummarizer()).RunDailyAsync(ThreeStories, Day, new OneStoryEach(), dispatcher, null, CancellationToken.None));

        Assert.Contains("story 3 failed on w3: NullReferenceException: boom", ex.Message, StringComparison.Ordinal);
    }

    private static StoryOutcome Done(IReadOnlyList<CleanedArticle> story) => StoryOutcome.Done(new Brief(
        DateTimeOffset.UnixEpoch, "test", null, [.. story.Select(a => new BriefSource(a, null, null))], null, CheckReport.Empty, UsageReport.None, [])) with { Worker = "w1" };

    /// <summary>Runs each story with another pipeline, as a worker of the cluster does.</summary>
    private sealed class WorkerDispatcher(SummaryPipeline worker, Func<Brief, Brief>? after = null) : IStoryDispatcher
    {
        public int Handed { get; private set; }

        public async Task<IReadOnlyList<StoryOutcome>> RunAsync(IReadOnlyList<IReadOnlyList<CleanedArticle>> stories, CancellationToken cancellationToken)
        {
            Handed += stories.Count;
            var outcomes = new List<StoryOutcome>();
            foreach (var story in stories)
            {
                var brief = await worker.RunDayStoryAsync(story, cancellationToken);
                outcomes.Add(StoryOutcome.Done(after?.Invoke(brief) ?? brief) with { Worker = "w1" });
            }

            return outcomes;
        }
    }

    private sealed class FixedDispatcher(Func<IReadOnlyList<IReadOnlyList<CleanedArticle>>, IReadOnlyList<StoryOutcome>> outcomes) : IStoryDispatcher
    {
        public Task<IReadOnlyList<StoryOutcome>> RunAsync(IReadOnlyList<IReadOnlyList<CleanedArticle>> stories, CancellationToken cancellationToken) =>
            Task.FromResult(outcomes(stories));
    }

    /// <summary>The engine of the run's own worker: it must not be asked when the stories are dispatched.</summary>
    private sealed class FailingSummarizer : ISourceSummarizer
    {
        public Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the dispatching worker summarized " + article.Origin);
    }
}
