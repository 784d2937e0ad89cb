using System.Globalization;
using System.Text.Json;
using Summarizer.Documents;
using Summarizer.TestSupport;
using YamlDotNet.Serialization;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The DEV trust cases (fixtures/trust-cases 01-16) as cleaned articles with their answer keys, and cases 17-24, the
/// holdout of session 11, spent when it was run once and now dev material. Cases 25-574 (later holdouts, spent too)
/// are scored by <c>eval trust</c> only; cases from 575 on are the untouched holdout of session 67: never read here.
/// </summary>
internal sealed record TrustCase(string Name, IReadOnlyList<CleanedArticle> Articles, IReadOnlyDictionary<string, int> Ids, Dictionary<object, object> Key)
{
    private const int LastDevCase = 16;
    private const int LastSpentCase = 24;

    public static IReadOnlyList<TrustCase> Dev() => Cases(1, LastDevCase);

    /// <summary>Cases 17-24: written as a holdout, run once in session 11 and reported, dev material since.</summary>
    public static IReadOnlyList<TrustCase> Spent() => Cases(LastDevCase + 1, LastSpentCase);

    private static List<TrustCase> Cases(int first, int last)
    {
        var root = Path.Combine(RepoPaths.Root, "fixtures", "trust-cases");
        return Directory.GetDirectories(root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash && int.TryParse(n[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= first && k <= last)
            .Order(StringComparer.Ordinal)
            .Select(n => Load(root, n))
            .ToList();
    }

    /// <summary>The article read from <paramref name="file"/>.</summary>
    public CleanedArticle Article(string file) => Articles.Single(a => a.Id == Ids[file]);

    private static TrustCase Load(string root, string name)
    {
        var folder = Path.Combine(root, name);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var articles = files.Select((f, i) => Read(Path.Combine(folder, f), i + 1)).ToList();
        var key = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(root, name + ".key.yaml")));
        return new TrustCase(name, articles, files.Select((f, i) => (f, i + 1)).ToDictionary(x => x.f, x => x.Item2), key);
    }

    // Line 1 (or "# ") is the headline; JSON carries title, publishedAt and text.
    private static CleanedArticle Read(string path, int id)
    {
        string? title;
        string text;
        var metadata = ArticleMetadata.Empty;
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            title = json.RootElement.GetProperty("title").GetString();
            text = json.RootElement.GetProperty("text").GetString() ?? "";
            if (json.RootElement.TryGetProperty("publishedAt", out var published) && published.GetString() is { } p)
            {
                metadata = new ArticleMetadata { PublishedAt = DateTimeOffset.Parse(p, CultureInfo.InvariantCulture) };
            }
        }
        else
        {
            var all = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var cut = all.IndexOf('\n', StringComparison.Ordinal);
            title = all[..cut].TrimStart('#', ' ');
            text = all[(cut + 1)..].Trim();
        }

        return new CleanedArticle(id, path, title, metadata, text, 0, CleaningReport.Empty);
    }
}
