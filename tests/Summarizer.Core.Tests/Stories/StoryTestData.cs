using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Evaluation.Summaries;
using Summarizer.Ingestion;
using Summarizer.Stories;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Stories;

/// <summary>Pairwise clustering quality: of the article pairs put together, how many belong together.</summary>
internal readonly record struct PairwiseScore(int TruePairs, int PredictedPairs, int CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseScore Of(IReadOnlyList<StoryCluster> clusters, IReadOnlyDictionary<int, string> truth)
    {
        var predicted = new Dictionary<int, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var article in clusters[c].Articles)
            {
                predicted[article.Id] = c;
            }
        }

        var ids = truth.Keys.Order().ToList();
        int truePairs = 0, predictedPairs = 0, correct = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var same = truth[ids[i]] == truth[ids[j]];
                var together = predicted[ids[i]] == predicted[ids[j]];
                truePairs += same ? 1 : 0;
                predictedPairs += together ? 1 : 0;
                correct += same && together ? 1 : 0;
            }
        }

        return new PairwiseScore(truePairs, predictedPairs, correct);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"pairwise P {Precision:F3} R {Recall:F3} F1 {F1:F3} (true pairs {TruePairs}, predicted {PredictedPairs}, correct {CorrectPairs})");
}

internal static class StoryTestData
{
    /// <summary>Reads and cleans every input in a folder the way the pipeline does; ids 1..n in path order.</summary>
    public static async Task<IReadOnlyList<CleanedArticle>> LoadFolderAsync(string folder)
    {
        var reader = new InputReader(new InputReaderOptions(), () => TextReader.Null, NullLogger<InputReader>.Instance);
        var read = await reader.ReadAsync([folder], CancellationToken.None);
        Assert.Empty(read.Failures);
        var cleaner = ArticleCleaners.CreateDefault();
        return read.Articles.Select((raw, i) =>
        {
            var cleaned = cleaner.Clean(raw);
            return new CleanedArticle(i + 1, raw.Origin, cleaned.Title, cleaned.Metadata, cleaned.Text, WordCount.Of(raw.Content), cleaned.Report);
        }).ToList();
    }

    /// <summary>The day fixture and its true story per article id.</summary>
    public static async Task<(IReadOnlyList<CleanedArticle> Articles, IReadOnlyDictionary<int, string> Truth)> DayAsync()
    {
        var articles = await LoadFolderAsync(RepoPaths.Fixture("day"));
        var groups = JsonSerializer.Deserialize<Dictionary<string, string>>(
            await File.ReadAllTextAsync(RepoPaths.Fixture("day.groups.json")))!;
        Assert.Equal(groups.Count, articles.Count);
        return (articles, articles.ToDictionary(a => a.Id, a => groups[Path.GetFileName(a.Origin)]));
    }

    /// <summary>
    /// The given DUC 2004 dev clusters mixed into one day: sources only (no <c>ref*.txt</c>), ids
    /// renumbered 1..n, each article's truth its folder.
    /// </summary>
    public static async Task<(IReadOnlyList<CleanedArticle> Articles, IReadOnlyDictionary<int, string> Truth)> DucMixAsync(
        IEnumerable<string> folderNames)
    {
        var articles = new List<CleanedArticle>();
        var truth = new Dictionary<int, string>();
        foreach (var name in folderNames)
        {
            var (sources, _) = await ClusterFiles.ReadAsync(Path.Combine(RepoPaths.Eval, "duc2004-dev", name), CancellationToken.None);
            foreach (var source in sources)
            {
                var article = source with { Id = articles.Count + 1 };
                articles.Add(article);
                truth[article.Id] = name;
            }
        }

        return (articles, truth);
    }

    public static IReadOnlyList<string> DucFolders() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Eval, "duc2004-dev"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList()!;

    public static string Describe(IReadOnlyList<StoryCluster> clusters) => string.Join(
        "\n",
        clusters.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"[{c.DistinctOutlets} outlets, cohesion {c.Cohesion:F2}] {c.Title} :: {string.Join(", ", c.Articles.Select(Name))}")));

    private static string Name(CleanedArticle article) =>
        Path.GetFileName(Path.GetDirectoryName(article.Origin)) + "/" + Path.GetFileName(article.Origin);
}
