using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Trust.Keys;

/// <summary>One article file of a case: the parts a key's strings may quote, and its whole text.</summary>
/// <param name="Parts">Whitespace-collapsed texts a key string must occur in one of (JSON: title and text; else the file).</param>
/// <param name="Full">Everything a reader of the article sees (JSON: title, then text).</param>
internal sealed record CaseArticle(string File, IReadOnlyList<string> Parts, string Full);

/// <summary>The article files of one case folder, read as the key format describes them.</summary>
internal static partial class CaseArticles
{
    /// <summary>Reads every file of <paramref name="folder"/>, keyed by its path relative to the folder.</summary>
    public static async Task<IReadOnlyDictionary<string, CaseArticle>> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<string, CaseArticle>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            articles[file] = Read(file, text);
        }

        return articles;
    }

    public static CaseArticle Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new CaseArticle(file, [Collapse(text)], text);
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            var title = json.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? string.Empty : string.Empty;
            var body = json.RootElement.TryGetProperty("text", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() ?? string.Empty : string.Empty;
            return new CaseArticle(file, [Collapse(title), Collapse(body)], title + "\n\n" + body);
        }
        catch (JsonException e)
        {
            throw new TrustKeyException($"{file}: not a JSON article: {e.Message}", e);
        }
    }

    /// <summary>Runs of whitespace as one space, ends trimmed: how the key's strings are compared with the files.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
