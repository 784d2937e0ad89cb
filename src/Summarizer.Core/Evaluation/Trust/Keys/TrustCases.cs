namespace Summarizer.Evaluation.Trust.Keys;

/// <summary>A case ready to score: its key, its folder, and the folder's articles (invariants checked).</summary>
internal sealed record TrustCase(TrustKey Key, string Folder, IReadOnlyDictionary<string, CaseArticle> Articles)
{
    public string Name => Key.Case;
}

/// <summary>Finds the cases of a trust-cases folder: each <c>NAME.key.yaml</c> beside a folder <c>NAME/</c>.</summary>
internal static class TrustCases
{
    public const string KeySuffix = ".key.yaml";

    /// <summary>The key files of <paramref name="dir"/>, in name order.</summary>
    public static IReadOnlyList<string> KeyFiles(string dir) =>
        [.. Directory.EnumerateFiles(dir, "*" + KeySuffix).Order(StringComparer.Ordinal)];

    /// <summary>Parses a key and checks that it names its own case.</summary>
    public static async Task<TrustKey> ReadKeyAsync(string keyPath, CancellationToken cancellationToken)
    {
        var origin = Path.GetFileName(keyPath);
        var key = TrustKeyParser.Parse(await File.ReadAllTextAsync(keyPath, cancellationToken), origin);
        var expected = origin[..^KeySuffix.Length];
        if (!string.Equals(key.Case, expected, StringComparison.Ordinal))
        {
            throw new TrustKeyException($"{origin}: case is '{key.Case}' but the key file names '{expected}'.");
        }

        return key;
    }

    /// <summary>Reads the key's folder and re-checks the key against it.</summary>
    public static async Task<TrustCase> OpenAsync(TrustKey key, string keyPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var origin = Path.GetFileName(keyPath);
        var folder = Path.Combine(Path.GetDirectoryName(keyPath)!, key.Case);
        if (!Directory.Exists(folder))
        {
            throw new TrustKeyException($"{origin}: the case folder {key.Case}/ is missing.");
        }

        IReadOnlyDictionary<string, CaseArticle> articles;
        try
        {
            articles = await CaseArticles.ReadAsync(folder, cancellationToken);
        }
        catch (TrustKeyException e)
        {
            throw new TrustKeyException($"{origin}: {e.Message}", e);
        }

        TrustKeyChecks.Check(key, articles, origin);
        return new TrustCase(key, folder, articles);
    }
}
