using Summarizer.Documents;
using Summarizer.Evaluation.Rouge;
using Summarizer.Extractive;
using Summarizer.Merging;
using Summarizer.Summarization;

namespace Summarizer.Evaluation.Summaries;

/// <summary>
/// ROUGE of one cluster's merged summary against its references, the time the merge took, and the pairs of
/// summary or key-point sentences that state the same fact (<see cref="RedundancyCheck"/>).
/// </summary>
internal sealed record ClusterEvaluation(string Cluster, int Sources, int References, string Summary, RougeScores Scores, TimeSpan MergeTime)
{
    public IReadOnlyList<RedundantPair> Redundant { get; init; } = [];
}

/// <summary>Which clusters to run: all, or the odd or even positions in ordinal order (1-based), to tune on one half and report the other.</summary>
internal enum ClusterHalf
{
    All,
    Odd,
    Even,
}

/// <summary>Per-cluster scores, their mean, and timings.</summary>
internal sealed record SummaryEvaluationResult(
    IReadOnlyList<ClusterEvaluation> Clusters,
    RougeScores Mean,
    TimeSpan TotalMergeTime,
    TimeSpan MedianMergeTime,
    TimeSpan Elapsed)
{
    /// <summary>Share of clusters whose summary and key points state some fact twice.</summary>
    public double RedundantShare => Clusters.Count > 0 ? (double)Clusters.Count(c => c.Redundant.Count > 0) / Clusters.Count : 0;

    /// <summary>Clusters merged per second of merge time.</summary>
    public double ClustersPerSecond => TotalMergeTime > TimeSpan.Zero ? Clusters.Count / TotalMergeTime.TotalSeconds : 0;
}

/// <summary>
/// Runs a merger over a DUC-style dataset (one folder per cluster; sources are every file except
/// <c>ref*.txt</c>, references are <c>ref*.txt</c>) and scores each merged summary with
/// <see cref="RougeScorer"/>, both cut to <c>maxWords</c> words.
/// </summary>
internal static class SummaryEvaluation
{
    /// <summary>Evaluates the offline engine with <see cref="SummaryOptions.MaxWords"/> = <paramref name="maxWords"/>.</summary>
    public static Task<SummaryEvaluationResult> RunAsync(string datasetDir, int maxWords, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        RunAsync(datasetDir, maxWords, ClusterHalf.All, o => ExtractiveEngine.CreateMerger(o), timeProvider, cancellationToken);

    /// <summary>Evaluates the offline engine on <paramref name="half"/> of the clusters.</summary>
    public static Task<SummaryEvaluationResult> RunAsync(string datasetDir, int maxWords, ClusterHalf half, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        RunAsync(datasetDir, maxWords, half, o => ExtractiveEngine.CreateMerger(o), timeProvider, cancellationToken);

    /// <summary>Evaluates the merger <paramref name="createMerger"/> builds on every cluster.</summary>
    public static Task<SummaryEvaluationResult> RunAsync(
        string datasetDir,
        int maxWords,
        Func<SummaryOptions, IStoryMerger> createMerger,
        TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        RunAsync(datasetDir, maxWords, ClusterHalf.All, createMerger, timeProvider, cancellationToken);

    /// <param name="datasetDir">Folder of cluster folders.</param>
    /// <param name="maxWords">Summary budget given to the merger and the ROUGE cut-off.</param>
    /// <param name="half">The clusters to run.</param>
    /// <param name="createMerger">Builds the merger for the options carrying <paramref name="maxWords"/>.</param>
    /// <param name="timeProvider">Clock for timings.</param>
    /// <param name="cancellationToken">Stops between clusters.</param>
    public static async Task<SummaryEvaluationResult> RunAsync(
        string datasetDir,
        int maxWords,
        ClusterHalf half,
        Func<SummaryOptions, IStoryMerger> createMerger,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datasetDir);
        ArgumentNullException.ThrowIfNull(createMerger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!Directory.Exists(datasetDir))
        {
            throw new DirectoryNotFoundException($"Dataset folder not found: {datasetDir}");
        }

        var merger = createMerger(new SummaryOptions { MaxWords = maxWords });
        var started = timeProvider.GetTimestamp();
        var results = new List<ClusterEvaluation>();
        foreach (var cluster in Clusters(datasetDir, half))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (articles, references) = await ClusterFiles.ReadAsync(cluster, cancellationToken);
            if (articles.Count == 0 || references.Count == 0)
            {
                continue;
            }

            var before = timeProvider.GetTimestamp();
            var merged = await merger.MergeAsync(articles, [], cancellationToken);
            var took = timeProvider.GetElapsedTime(before);
            var scores = RougeScorer.Score(merged.Summary, references, maxWords);
            results.Add(new ClusterEvaluation(Path.GetFileName(cluster), articles.Count, references.Count, merged.Summary, scores, took)
            {
                Redundant = RedundancyCheck.Find(Sentences(merged), [.. articles.Select(a => a.Text)]),
            });
        }

        var times = results.Select(r => r.MergeTime).Order().ToList();
        var median = times.Count == 0 ? TimeSpan.Zero : times[times.Count / 2];
        var total = times.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        return new SummaryEvaluationResult(results, RougeScores.Mean([.. results.Select(r => r.Scores)]), total, median, timeProvider.GetElapsedTime(started));
    }

    /// <summary>The cluster folders of <paramref name="half"/>, in ordinal order.</summary>
    public static IEnumerable<string> Clusters(string datasetDir, ClusterHalf half) =>
        Directory.GetDirectories(datasetDir).Order(StringComparer.Ordinal)
            .Where((_, i) => half == ClusterHalf.All || (i % 2 == 0) == (half == ClusterHalf.Odd));

    /// <summary>What a reader sees of a merge as sentences: each summary sentence, then each key point.</summary>
    public static IReadOnlyList<string> Sentences(MergedSummary merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        return [.. merged.SummaryClaims.Select(c => c.Text), .. merged.KeyPoints.Select(c => c.Text)];
    }
}
