using System.Text;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Shared inputs and the snapshot format for cleaning tests.</summary>
internal static class CleaningTestData
{
    public static readonly IArticleCleaner Cleaner = ArticleCleaners.CreateDefault();

    public static IEnumerable<string> SeedFiles =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static IEnumerable<string> NoiseFiles =>
        Directory.GetFiles(RepoPaths.Fixture("noise")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static IEnumerable<string> CleanFiles =>
        Directory.GetFiles(RepoPaths.Fixture("clean"), "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static CleanedText CleanText(string content, string? title = null) =>
        Cleaner.Clean(new RawArticle("test", ContentKind.PlainText, content, new ArticleMetadata { Title = title }));

    public static CleanedText CleanFile(string path)
    {
        var kind = Path.GetExtension(path) switch
        {
            ".html" or ".htm" => ContentKind.Html,
            ".md" => ContentKind.Markdown,
            _ => ContentKind.PlainText,
        };
        return Cleaner.Clean(new RawArticle(path, kind, File.ReadAllText(path), ArticleMetadata.Empty));
    }

    /// <summary>Title, text and report, in a form worth reading in review.</summary>
    public static string Format(CleanedText cleaned)
    {
        var builder = new StringBuilder();
        builder.Append("Title: ").Append(cleaned.Title ?? "(none)").Append("\n\n");
        builder.Append(cleaned.Text).Append("\n\n");
        builder.Append("--- removed\n");
        foreach (var removal in cleaned.Report.Removals)
        {
            builder.Append(removal.Rule).Append(": ").Append(removal.Text.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Sentences of a text, split at terminal punctuation followed by a space (good enough for fixtures).</summary>
    public static IEnumerable<string> Sentences(string text) =>
        text.Split(["\n", ". ", "? ", "! "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd('.', '!', '?'))
            .Where(s => s.Length > 0);
}
