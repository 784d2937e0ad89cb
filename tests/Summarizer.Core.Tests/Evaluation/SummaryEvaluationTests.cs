using Summarizer.Evaluation.Rouge;
using Summarizer.Evaluation.Summaries;
using Summarizer.Extractive;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Evaluation;

public class SummaryEvaluationTests
{
    [Fact]
    public async Task Reads_sources_in_numeric_order_and_references_apart()
    {
        var dir = Directory.CreateTempSubdirectory("cluster");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "10.txt"), "Tenth line one.\nTenth line two.\n");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "2.txt"), "Second.\n");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "ref1.txt"), "Reference.");
            var (articles, references) = await ClusterFiles.ReadAsync(dir.FullName, CancellationToken.None);
            Assert.Equal([1, 2], articles.Select(a => a.Id));
            Assert.Equal(["Second.", "Tenth line one.\n\nTenth line two."], articles.Select(a => a.Text));
            Assert.All(articles, a => Assert.Null(a.Title));
            Assert.Equal(["Reference."], references);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Beats_every_classic_baseline_on_the_dev_clusters()
    {
        var dataset = Path.Combine(RepoPaths.Eval, "duc2004-dev");
        var result = await SummaryEvaluation.RunAsync(dataset, 100, new FakeClock(), CancellationToken.None);
        Assert.Equal(25, result.Clusters.Count);
        Assert.All(result.Clusters, c => Assert.True(c.Summary.Split(' ').Length <= 100));
        Assert.True(result.Mean.Rouge1.Recall * 100 > 35.85, $"R-1 {result.Mean.Rouge1.Recall * 100:F2}");
        Assert.True(result.Mean.Rouge2.Recall * 100 > 7.53, $"R-2 {result.Mean.Rouge2.Recall * 100:F2}");
    }

    [Fact]
    public async Task Lead_baseline_scores_below_the_engine()
    {
        var dataset = Path.Combine(RepoPaths.Eval, "duc2004-dev");
        var lead = await SummaryEvaluation.RunAsync(
            dataset, 100, o => ExtractiveEngine.CreateMerger(o, new ExtractiveTuning { LeadOnly = true }), new FakeClock(), CancellationToken.None);
        var engine = await SummaryEvaluation.RunAsync(dataset, 100, new FakeClock(), CancellationToken.None);
        Assert.True(lead.Mean.Rouge2.Recall < engine.Mean.Rouge2.Recall);
    }

    [Fact]
    public void Report_prints_scores_times_100_per_cluster_and_mean()
    {
        var scores = new RougeScores(new RougeScore(0.4, 0.38, 0.39), new RougeScore(0.1, 0.095, 0.0974), new RougeScore(0.2, 0.19, 0.1949));
        var cluster = new ClusterEvaluation("d1", 10, 4, "summary", scores, TimeSpan.FromMilliseconds(4));
        var report = SummaryEvaluationReport.Format(
            new SummaryEvaluationResult([cluster], scores, TimeSpan.FromMilliseconds(4), TimeSpan.FromMilliseconds(4), TimeSpan.FromSeconds(1)));
        Assert.Contains("d1           38.00 40.00 39.00 |  9.50 10.00  9.74 | 19.00 20.00 19.49 |   4.0", report, StringComparison.Ordinal);
        Assert.Contains("mean         38.00", report, StringComparison.Ordinal);
        Assert.Contains("250.0 clusters/s", report, StringComparison.Ordinal);
    }
}
