using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Stories;
using Summarizer.Telemetry;

namespace Summarizer.Pipeline;

public sealed partial class SummaryPipeline
{
    /// <summary>
    /// A day's brief: every article cleaned once, grouped into stories, and each story summarized and merged
    /// on its own (sources numbered 1..n within the story). Stories come in the clusterer's order, most
    /// widely covered first. A story whose every source fails is reported, and the other stories go on.
    /// </summary>
    /// <exception cref="NoUsableInputException">Nothing was left to summarize.</exception>
    /// <exception cref="ProviderUnusableException">The model provider cannot be used; the run stops.</exception>
    /// <exception cref="StageFailedException">A stage hit a bug (not an <see cref="ExpectedFailure"/>); the run stops.</exception>
    public Task<DailyBrief> RunDailyAsync(
        IngestionResult input,
        DateOnly date,
        IStoryClusterer clusterer,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken) =>
        RunDailyAsync(input, date, clusterer, stories: null, progress, cancellationToken);

    /// <summary>
    /// A day's brief whose stories, when there are several, run through <paramref name="stories"/> (on the workers of
    /// a cluster) instead of in this process; null runs them here. The brief is the same either way.
    /// </summary>
    /// <exception cref="NoUsableInputException">Nothing was left to summarize.</exception>
    /// <exception cref="ProviderUnusableException">The model provider cannot be used; the run stops.</exception>
    /// <exception cref="StageFailedException">A stage hit a bug (not an <see cref="ExpectedFailure"/>); the run stops.</exception>
    public async Task<DailyBrief> RunDailyAsync(
        IngestionResult input,
        DateOnly date,
        IStoryClusterer clusterer,
        IStoryDispatcher? stories,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clusterer);
        using var run = _telemetry?.StartRunIfNone("daily", _options.Provider, _timeProvider);
        try
        {
            var failures = new List<Failure>(input.Failures);
            var articles = Clean(input.Articles, failures, progress, cancellationToken);
            if (articles.Count == 0)
            {
                throw new NoUsableInputException($"no usable input for {date:yyyy-MM-dd}: {failures.Count} input(s) skipped");
            }

            IReadOnlyList<StoryCluster> clusters;
            progress?.Report(new PipelineProgress(PipelineStage.Group, 0, articles.Count));
            using (_telemetry?.StartStage("cluster"))
            {
                clusters = StageBoundary.Run("cluster", () => clusterer.Cluster(articles, cancellationToken), cancellationToken);
            }

            progress?.Report(new PipelineProgress(PipelineStage.Group, articles.Count, articles.Count));
            _logger.LogInformation("{Articles} article(s) form {Stories} stor(ies)", articles.Count, clusters.Count);
            _telemetry?.CurrentRun?.Activity?.SetTag(TelemetryNames.Stories, clusters.Count);
            var dispatcher = clusters.Count > 1 ? stories : null;
            var dispatched = dispatcher is not null;
            var outcomes = dispatcher is not null
                ? await DispatchStoriesAsync(dispatcher, clusters, progress, cancellationToken)
                : await RunStoriesAsync(clusters, articles.Count, progress, cancellationToken);
            var briefs = InOrder(clusters, outcomes, articles.Count, failures);
            progress?.Report(new PipelineProgress(PipelineStage.Done, 1, 1));

            // Stories run elsewhere were paid for by the workers' engines: their usage is the day's too.
            var usage = dispatched ? Total([_usage(), .. outcomes.Select(o => o.Brief?.Usage ?? UsageReport.None)]) : _usage();
            var daily = new DailyBrief(_timeProvider.GetUtcNow(), date, _options.Provider, _options.Model, briefs, usage, failures);
            run?.Complete(failures.Count + briefs.Sum(s => s.Failures.Count));
            return daily;
        }
        catch (Exception ex) when (RunTelemetry.Failed(run, ex))
        {
            throw; // not reached: the filter only records the failure
        }
    }

    /// <summary>
    /// Every story summarized and merged here, up to <see cref="PipelineOptions.Concurrency"/> at once, one outcome per
    /// story in the clusterer's order whatever order they finish in.
    /// </summary>
    private async Task<StoryOutcome[]> RunStoriesAsync(
        IReadOnlyList<StoryCluster> clusters,
        int articleCount,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var outcomes = new StoryOutcome[clusters.Count];
        var done = 0;
        progress?.Report(new PipelineProgress(PipelineStage.Stories, 0, clusters.Count));
        await Parallel.ForEachAsync(
            Enumerable.Range(0, clusters.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var cluster = clusters[i];
                var numbered = Numbered(cluster.Articles);
                using var story = _telemetry?.StartStory(i + 1, numbered.Count);
                try
                {
                    // Per-story stage events would interleave across stories: the day reports stories done instead.
                    outcomes[i] = StoryOutcome.Done(await RunStoryAsync(numbered, [], progress: null, token));
                }
                catch (ProviderUnusableException ex) when (i > 0 && cluster.Articles.Count < articleCount)
                {
                    // Whether this ends the day depends on the stories before it (InOrder); the first story's failure always does.
                    outcomes[i] = StoryOutcome.ProviderUnusable(ex);
                    RunTelemetry.MarkFailed(story, ex);
                }

                progress?.Report(new PipelineProgress(PipelineStage.Stories, Interlocked.Increment(ref done), clusters.Count, cluster.Title));
            });
        return outcomes;
    }

    private static async Task<IReadOnlyList<StoryOutcome>> DispatchStoriesAsync(IStoryDispatcher dispatcher, IReadOnlyList<StoryCluster> clusters, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new PipelineProgress(PipelineStage.Stories, 0, clusters.Count));
        var outcomes = await dispatcher.RunAsync([.. clusters.Select(c => c.Articles)], cancellationToken);
        if (outcomes.Count != clusters.Count)
        {
            throw new InvalidOperationException($"the story dispatcher returned {outcomes.Count} outcome(s) for {clusters.Count} stories");
        }

        progress?.Report(new PipelineProgress(PipelineStage.Stories, clusters.Count, clusters.Count));
        return outcomes;
    }

    /// <summary>
    /// One story of a day run on its own, as a cluster worker runs its share of a dispatched day: the articles are
    /// cleaned already and are numbered 1..n here, as <see cref="RunDailyAsync(IngestionResult, DateOnly, IStoryClusterer, IStoryDispatcher?, IProgress{PipelineProgress}?, CancellationToken)"/> numbers them.
    /// </summary>
    /// <exception cref="ProviderUnusableException">Every source of the story failed to summarize, or the provider cannot be used.</exception>
    /// <exception cref="StageFailedException">A stage hit a bug.</exception>
    public Task<Brief> RunDayStoryAsync(IReadOnlyList<CleanedArticle> story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        return RunStoryAsync(Numbered(story), [], progress: null, cancellationToken);
    }

    private static List<CleanedArticle> Numbered(IReadOnlyList<CleanedArticle> articles) => [.. articles.Select((a, n) => a with { Id = n + 1 })];

    /// <summary>
    /// The day's stories in the clusterer's order. Which story failures are tolerated is decided in that order, so the
    /// brief is the same at any concurrency and wherever the stories ran: a story whose every source failed is
    /// reported once an earlier story worked; before that, the provider's failure ends the day.
    /// </summary>
    private static List<Brief> InOrder(IReadOnlyList<StoryCluster> clusters, IReadOnlyList<StoryOutcome> outcomes, int articleCount, List<Failure> failures)
    {
        var stories = new List<Brief>(clusters.Count);
        for (var i = 0; i < clusters.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Brief is { } brief)
            {
                stories.Add(brief);
            }
            else if (outcome.Unusable is not { } reason)
            {
                throw new StageFailedException("story", new InvalidOperationException($"story {i + 1} failed{(outcome.Worker is { } worker ? " on " + worker : string.Empty)}: {outcome.Error}"));
            }
            else if (stories.Count > 0 && clusters[i].Articles.Count < articleCount)
            {
                failures.Add(new Failure(clusters[i].Title ?? clusters[i].Articles[0].Origin, "story", "every source of this story failed to summarize"));
            }
            else
            {
                throw new ProviderUnusableException(reason, outcome.Error ?? "the model provider cannot be used");
            }
        }

        return stories;
    }

    private static UsageReport Total(IEnumerable<UsageReport> usages) => usages.Aggregate(UsageReport.None, (sum, u) => new UsageReport(
        sum.ModelCalls + u.ModelCalls, sum.InputTokens + u.InputTokens, sum.OutputTokens + u.OutputTokens, sum.CacheHits + u.CacheHits, sum.Retries + u.Retries));
}
