using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>Loads fixtures/trust and the shared seeds as cleaned articles, ids 1..n in file-name order.</summary>
internal static partial class TrustFixtures
{
    public static IReadOnlyList<CleanedArticle> Ferry() =>
        Load(RepoPaths.Fixture("trust"), text => text);

    /// <summary>The seeds are raw: drop the obvious noise a cleaner would (citation artefacts, author box, comments).</summary>
    public static IReadOnlyList<CleanedArticle> Seeds() =>
        Load(RepoPaths.Seeds, StripSeedNoise);

    public static string Describe(IReadOnlyList<CleanedArticle> articles)
    {
        var sb = new StringBuilder();
        foreach (var a in articles)
        {
            sb.Append(a.Id).Append(": ").Append(Path.GetFileName(a.Origin)).Append('\n');
        }

        return sb.ToString();
    }

    private static List<CleanedArticle> Load(string folder, Func<string, string> clean)
    {
        var files = Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        return files.Select((path, i) =>
        {
            var raw = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var newline = raw.IndexOf('\n', StringComparison.Ordinal);
            var title = raw[..newline].Trim();
            var body = clean(raw[(newline + 1)..]);
            var paragraphs = body.Split('\n').Select(l => l.Trim().TrimStart('>', '–', '•', ' ').Trim())
                .Where(l => l.Length > 0 && l != title);
            var text = string.Join("\n\n", paragraphs);
            return new CleanedArticle(i + 1, path, title, ArticleMetadata.Empty, text, raw.Split(' ').Length, CleaningReport.Empty);
        }).ToList();
    }

    private static string StripSeedNoise(string text)
    {
        text = Artifact().Replace(text, "");
        foreach (var marker in new[] { "\nAuthor\n", "\nNEWS DESK" })
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text[..at];
            }
        }

        return text;
    }

    [GeneratedRegex(@":contentReference\[[^\]]*\]\{[^}]*\}")]
    private static partial Regex Artifact();
}
