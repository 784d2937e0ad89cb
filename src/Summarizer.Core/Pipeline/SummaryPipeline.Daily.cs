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
            using (_telemetry?.StartStage("cluster"))
            {
                clusters = StageBoundary.Run("cluster", () => clusterer.Cluster(articles, cancellationToken), cancellationToken);
            }

            _logger.LogInformation("{Articles} article(s) form {Stories} stor(ies)", articles.Count, clusters.Count);
            _telemetry?.CurrentRun?.Activity?.SetTag(TelemetryNames.Stories, clusters.Count);
            var stories = new List<Brief>(clusters.Count);
            foreach (var cluster in clusters)
            {
                var numbered = cluster.Articles.Select((a, i) => a with { Id = i + 1 }).ToList();
                using var story = _telemetry?.StartStory(stories.Count + 1, numbered.Count);
                try
                {
                    stories.Add(await RunStoryAsync(numbered, [], progress, cancellationToken));
                }
                catch (ProviderUnusableException ex) when (cluster.Articles.Count < articles.Count && stories.Count > 0)
                {
                    // Every source of this story failed while earlier stories worked: the story is reported, the day goes on.
                    failures.Add(new Failure(cluster.Title ?? cluster.Articles[0].Origin, "story", "every source of this story failed to summarize"));
                    RunTelemetry.MarkFailed(story, ex);
                }
            }

            var daily = new DailyBrief(_timeProvider.GetUtcNow(), date, _options.Provider, _options.Model, stories, _usage(), failures);
            run?.Complete(failures.Count + stories.Sum(s => s.Failures.Count));
            return daily;
        }
        catch (Exception ex) when (RunTelemetry.Failed(run, ex))
        {
            throw; // not reached: the filter only records the failure
        }
    }
}
