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
    public async Task<DailyBrief> RunDailyAsync(
        IngestionResult input,
        DateOnly date,
        IStoryClusterer clusterer,
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
            var stories = await RunStoriesAsync(clusters, articles.Count, failures, progress, cancellationToken);
            progress?.Report(new PipelineProgress(PipelineStage.Done, 1, 1));
            var daily = new DailyBrief(_timeProvider.GetUtcNow(), date, _options.Provider, _options.Model, stories, _usage(), failures);
            run?.Complete(failures.Count + stories.Sum(s => s.Failures.Count));
            return daily;
        }
        catch (Exception ex) when (RunTelemetry.Failed(run, ex))
        {
            throw; // not reached: the filter only records the failure
        }
    }

    /// <summary>
    /// Every story summarized and merged, up to <see cref="PipelineOptions.Concurrency"/> at once; the brief keeps the
    /// clusterer's order whatever order they finish in, and which story failures are tolerated is decided in that
    /// order too, so the brief is the same at any concurrency.
    /// </summary>
    private async Task<List<Brief>> RunStoriesAsync(
        IReadOnlyList<StoryCluster> clusters,
        int articleCount,
        List<Failure> failures,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var briefs = new Brief?[clusters.Count];
        var unusable = new ProviderUnusableException?[clusters.Count];
        var done = 0;
        progress?.Report(new PipelineProgress(PipelineStage.Stories, 0, clusters.Count));
        await Parallel.ForEachAsync(
            Enumerable.Range(0, clusters.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var cluster = clusters[i];
                var numbered = cluster.Articles.Select((a, n) => a with { Id = n + 1 }).ToList();
                using var story = _telemetry?.StartStory(i + 1, numbered.Count);
                try
                {
                    // Per-story stage events would interleave across stories: the day reports stories done instead.
                    briefs[i] = await RunStoryAsync(numbered, [], progress: null, token);
                }
                catch (ProviderUnusableException ex) when (i > 0 && cluster.Articles.Count < articleCount)
                {
                    // Whether this ends the day depends on the stories before it (below); the first story's failure always does.
                    unusable[i] = ex;
                    RunTelemetry.MarkFailed(story, ex);
                }

                progress?.Report(new PipelineProgress(PipelineStage.Stories, Interlocked.Increment(ref done), clusters.Count, cluster.Title));
            });

        var stories = new List<Brief>(clusters.Count);
        for (var i = 0; i < clusters.Count; i++)
        {
            if (briefs[i] is { } brief)
            {
                stories.Add(brief);
            }
            else if (stories.Count > 0)
            {
                // Every source of this story failed while earlier stories worked: the story is reported, the day goes on.
                failures.Add(new Failure(clusters[i].Title ?? clusters[i].Articles[0].Origin, "story", "every source of this story failed to summarize"));
            }
            else
            {
                throw unusable[i]!;
            }
        }

        return stories;
    }
}
