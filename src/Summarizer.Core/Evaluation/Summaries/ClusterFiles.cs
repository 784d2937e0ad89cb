using System.Globalization;
using Summarizer.Documents;

namespace Summarizer.Evaluation.Summaries;

/// <summary>Reads one evaluation cluster folder into articles and reference summaries.</summary>
internal static class ClusterFiles
{
    /// <summary>
    /// Sources are every file but <c>ref*.txt</c>, sorted numerically by name then ordinally, with
    /// ids 1..n and no title; each non-empty line becomes a paragraph (the dev copy has one sentence
    /// per line). References are the <c>ref*.txt</c> files in ordinal order.
    /// </summary>
    public static async Task<(IReadOnlyList<CleanedArticle> Articles, IReadOnlyList<string> References)> ReadAsync(
        string clusterDir,
        CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(clusterDir);
        var sources = files.Where(f => !IsReference(f))
            .OrderBy(f => NumericKey(f))
            .ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        var articles = new List<CleanedArticle>();
        foreach (var path in sources)
        {
            var raw = await File.ReadAllTextAsync(path, cancellationToken);
            var text = ToParagraphs(raw);
            articles.Add(new CleanedArticle(articles.Count + 1, path, null, ArticleMetadata.Empty, text, WordCount.Of(raw), CleaningReport.Empty));
        }

        var references = new List<string>();
        foreach (var path in files.Where(IsReference).Order(StringComparer.Ordinal))
        {
            references.Add(await File.ReadAllTextAsync(path, cancellationToken));
        }

        return (articles, references);
    }

    public static string ToParagraphs(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var lines = raw.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return string.Join("\n\n", lines);
    }

    private static bool IsReference(string path) =>
        Path.GetFileName(path).StartsWith("ref", StringComparison.OrdinalIgnoreCase)
        && Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    private static long NumericKey(string path) =>
        long.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
