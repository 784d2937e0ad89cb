using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Evaluation.Stories;
using Summarizer.Evaluation.Summaries;
using Summarizer.Ingestion;
using Summarizer.Stories;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Stories;

/// <summary>Pairwise quality of a clustering against true stories keyed by article id.</summary>
internal static class ClusterScore
{
    public static PairwiseScore Of(IReadOnlyList<StoryCluster> clusters, IReadOnlyDictionary<int, string> truth) =>
        PairwiseScore.Of(truth, clusters.Select(c => c.Articles.Select(a => a.Id)));
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
