namespace Summarizer.Evaluation.Trust.Keys;

/// <summary>
/// An answer key of fixtures/trust-cases (format: fixtures/trust-cases/README.md, "Key format"). Files are
/// named by file name; every entry's evidence maps file -> the exact strings that file uses.
/// </summary>
internal sealed record TrustKey(
    string Case,
    string Set,
    IReadOnlyList<KeyArticle> Articles,
    IReadOnlyList<NearCopy> NearCopies,
    IReadOnlyList<KeyFact> Facts,
    IReadOnlyList<KeyDisagreement> Disagreements,
    IReadOnlyList<KeyUpdate> Updates,
    IReadOnlyList<KeyPrecise> Precise,
    IReadOnlyList<KeyVariant> Variants,
    IReadOnlyList<KeySingleSource> SingleSources,
    IReadOnlyList<KeyQuote> Quotes,
    IReadOnlyList<KeyTrap> Traps)
{
    /// <summary>The original of <paramref name="file"/> when the key calls it a near-copy, else null.</summary>
    public string? OriginalOf(string file) => NearCopies.FirstOrDefault(c => c.Copy == file)?.Original;

    /// <summary>Files counted once per original: a near-copy whose original is also in the set is not independent.</summary>
    public int Independent(IReadOnlySet<string> files) =>
        files.Count(f => OriginalOf(f) is not { } original || !files.Contains(original));
}

/// <summary>File -> the exact strings it uses (a `says`, `hedged`, `forms` or `lookalike` map).</summary>
internal sealed record Evidence(IReadOnlyDictionary<string, IReadOnlyList<string>> Strings)
{
    public static readonly Evidence None = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    public IReadOnlySet<string> Files { get; } = new HashSet<string>(Strings.Keys, StringComparer.Ordinal);
}

/// <param name="Published">The key's `published` (ISO 8601): the day the file's relative days ("on Wednesday", "yesterday") are read from.</param>
internal sealed record KeyArticle(string File, string? Outlet, string? Dateline, DateTimeOffset? Published = null);

internal sealed record NearCopy(string Copy, string Original);

internal sealed record KeyFact(string Id, string Fact, IReadOnlyList<string> Match, Evidence Says, Evidence Hedged);

/// <summary>A value some files give: a disagreement version, an update side, a precise side.</summary>
internal sealed record KeyValue(string Value, Evidence Says, Evidence Hedged);

internal sealed record KeyDisagreement(string Id, string Kind, string Measure, IReadOnlyList<KeyValue> Versions);

internal sealed record KeyUpdate(string Id, string Kind, string Measure, string? Marker, KeyValue Earlier, KeyValue Later);

internal sealed record KeyPrecise(string Id, string Kind, string Measure, KeyValue Broad, KeyValue Exact);

internal sealed record KeyVariant(string Id, string Kind, string Value, Evidence Forms);

internal sealed record KeySingleSource(string Id, string Fact, IReadOnlyList<string> Match, string File, IReadOnlyList<string> Copies, Evidence Says);

internal sealed record KeyQuote(string Id, string Kind, string Speaker, string Words, Evidence Says, Evidence Hedged);

internal sealed record KeyTrap(string Id, string Claim, Evidence Says, IReadOnlyList<string> Not, Evidence Lookalike);

/// <summary>A key that cannot be used; the message names the case, the file and the entry.</summary>
internal sealed class TrustKeyException : Exception
{
    public TrustKeyException()
    {
    }

    public TrustKeyException(string message)
        : base(message)
    {
    }

    public TrustKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
