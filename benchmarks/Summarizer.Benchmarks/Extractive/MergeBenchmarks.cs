using BenchmarkDotNet.Attributes;
using Summarizer.Documents;
using Summarizer.Evaluation.Summaries;
using Summarizer.Extractive;
using Summarizer.Merging;
using Summarizer.Summarization;

namespace Summarizer.Benchmarks.Extractive;

/// <summary>
/// Time to merge one 10-article DUC 2004 cluster with the offline engine (100-word budget), and to
/// summarize one of its articles. Data are read from ../shared/eval beside the repository.
/// </summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private IReadOnlyList<CleanedArticle> articles = [];
    private IStoryMerger merger = null!;
    private ISourceSummarizer summarizer = null!;

    [Params("d30001", "d30022")]
    public string Cluster { get; set; } = "d30001";

    [GlobalSetup]
    public void Setup()
    {
        var dataset = Path.Combine(FindShared(), "eval", "duc2004-dev", Cluster);
        (articles, _) = ClusterFiles.ReadAsync(dataset, CancellationToken.None).GetAwaiter().GetResult();
        var options = new SummaryOptions { MaxWords = 100 };
        merger = ExtractiveEngine.CreateMerger(options);
        summarizer = ExtractiveEngine.CreateSourceSummarizer(options);
    }

    [Benchmark]
    public Task<MergedSummary> MergeCluster() => merger.MergeAsync(articles, [], CancellationToken.None);

    [Benchmark]
    public Task<SourceSummary> SummarizeOneArticle() => summarizer.SummarizeAsync(articles[0], CancellationToken.None);

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Summarizer.sln not found above the benchmark binaries.");
    }
}
