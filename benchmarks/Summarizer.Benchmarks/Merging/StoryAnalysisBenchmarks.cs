using BenchmarkDotNet.Attributes;
using Summarizer.Checking;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Evaluation.Summaries;
using Summarizer.Extractive;
using Summarizer.Merging.Agreement;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Benchmarks.Merging;

/// <summary>
/// The offline story analysis of one story of 10, 20 and 40 sources: copies, typed facts extracted and aligned,
/// disagreements, single-source claims (<see cref="Analyze"/>); that plus the attribution of the offline merge's
/// claims (<see cref="AnalyzeAndAttribute"/>, what the brief runs per story after merging); and the grounding check
/// that runs after it (<see cref="GroundingCheck"/>). The story is the five seeds (cleaned) followed by the DUC 2004
/// dev clusters' articles in folder order, the first <see cref="Sources"/> of them, numbered 1..n.
/// </summary>
[MemoryDiagnoser]
public class StoryAnalysisBenchmarks
{
    private static readonly StoryAnalysisOptions AnalysisOptions = new StoryAnalysisOptions().Validate();

    private IReadOnlyList<CleanedArticle> _articles = [];
    private Brief _merged = null!;
    private Brief _enriched = null!;

    [Params(10, 20, 40)]
    public int Sources { get; set; } = 40;

    [GlobalSetup]
    public void Setup()
    {
        _articles = StoryOf(Sources);
        var options = new SummaryOptions();
        var summarizer = ExtractiveEngine.CreateSourceSummarizer(options);
        var summaries = _articles.Select(a => summarizer.SummarizeAsync(a, CancellationToken.None).GetAwaiter().GetResult()).ToList();
        var merged = ExtractiveEngine.CreateMerger(options).MergeAsync(_articles, summaries, CancellationToken.None).GetAwaiter().GetResult();
        _merged = new Brief(
            DateTimeOffset.UnixEpoch, "local", null,
            [.. _articles.Select((a, i) => new BriefSource(a, summaries[i], CopyOf: null))],
            merged, CheckReport.Empty, UsageReport.None, []);
        _enriched = AnalyzeAndAttribute().GetAwaiter().GetResult();
    }

    [Benchmark]
    public object Analyze() => StoryAnalysis.Analyze(_articles, AnalysisOptions, CancellationToken.None);

    [Benchmark]
    public Task<Brief> AnalyzeAndAttribute() => new StoryAnalysisEnricher(AnalysisOptions).EnrichAsync(_merged, CancellationToken.None);

    [Benchmark]
    public Task<Brief> GroundingCheck() => new GroundingEnricher(Summarizer.Checking.GroundingChecker.Create()).EnrichAsync(_enriched, CancellationToken.None);

    /// <summary>The first <paramref name="count"/> articles of the seeds then the DUC 2004 dev clusters, renumbered 1..n.</summary>
    internal static IReadOnlyList<CleanedArticle> StoryOf(int count)
    {
        var cleaner = ArticleCleaners.CreateDefault();
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var raw = File.ReadAllText(path);
                var cleaned = cleaner.Clean(new RawArticle(path, ContentKind.PlainText, raw, ArticleMetadata.Empty));
                return new CleanedArticle(0, path, cleaned.Title, cleaned.Metadata, cleaned.Text, WordCount.Of(raw), cleaned.Report);
            });
        var duc = Directory.GetDirectories(Path.Combine(RepoPaths.Eval, "duc2004-dev")).Order(StringComparer.Ordinal)
            .SelectMany(cluster => ClusterFiles.ReadAsync(cluster, CancellationToken.None).GetAwaiter().GetResult().Articles);
        var story = seeds.Concat(duc).Take(count).Select((a, i) => a with { Id = i + 1 }).ToList();
        if (story.Count < count)
        {
            throw new InvalidOperationException($"only {story.Count} articles under {RepoPaths.Shared}, {count} wanted.");
        }

        return story;
    }
}
