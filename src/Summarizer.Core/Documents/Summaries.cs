namespace Summarizer.Documents;

/// <summary>Where in a source's cleaned text a claim is supported.</summary>
public sealed record SourceSpan(int SourceId, int Start, int End);

/// <summary>A statement with every source that reports it.</summary>
/// <param name="Text">The statement as shown to the reader.</param>
/// <param name="Sources">Ids of the sources that report it, ascending, never empty.</param>
/// <param name="Spans">Supporting spans in the cleaned texts, when known.</param>
public sealed record Claim(string Text, IReadOnlyList<int> Sources, IReadOnlyList<SourceSpan>? Spans = null);

/// <summary>The summary of one article.</summary>
public sealed record SourceSummary(int SourceId, string Summary, IReadOnlyList<string> KeyPoints);

/// <summary>A fact the sources report differently, with who said what.</summary>
public sealed record Disagreement(string Topic, IReadOnlyList<Claim> Claims)
{
    /// <summary>
    /// <see cref="DisagreementKind.Conflict"/> (the default): the versions cannot all be true.
    /// <see cref="DisagreementKind.Update"/>: a later report changed the value; the claims run from earlier to later.
    /// </summary>
    public DisagreementKind Kind { get; init; } = DisagreementKind.Conflict;
}

/// <summary>How the versions of a <see cref="Disagreement"/> relate.</summary>
public enum DisagreementKind
{
    /// <summary>The sources give values that cannot all be true.</summary>
    Conflict,

    /// <summary>A later source reports a changed value ("has risen to 14"); the last claim is the latest.</summary>
    Update,
}

/// <summary>The cross-source summary of one story.</summary>
public sealed record MergedSummary(
    string Headline,
    string Summary,
    IReadOnlyList<Claim> KeyPoints,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<Claim> SingleSource)
{
    /// <summary>
    /// Each sentence of <see cref="Summary"/>, in order, with every source that reports it; empty
    /// when the engine that wrote the summary does not trace its sentences.
    /// </summary>
    public IReadOnlyList<Claim> SummaryClaims { get; init; } = [];

    /// <summary>
    /// True when the citations are what the engine claims (a model's merge): they are verified as written, each source
    /// on its own, and sources that verifiably say a claim are added. False (the default) when the engine computed them.
    /// </summary>
    public bool ClaimedCitations { get; init; }

    /// <summary>
    /// Further key points the engine ranked after <see cref="KeyPoints"/>, not shown: the grounding check shows one in
    /// place of a key point whose citations do not all hold. Empty when the engine gives none (a model's merge).
    /// </summary>
    internal IReadOnlyList<Claim> SpareKeyPoints { get; init; } = [];
}

/// <summary>A token in generated text that none of the cited sources contains.</summary>
public sealed record UngroundedToken(string Text, string Token, IReadOnlyList<int> Sources);

/// <summary>Results of the deterministic checks run on generated text.</summary>
public sealed record CheckReport(IReadOnlyList<UngroundedToken> Ungrounded)
{
    public static readonly CheckReport Empty = new([]);
}

/// <summary>A source or step that could not be completed; the brief still renders.</summary>
public sealed record Failure(string Source, string Stage, string Error);

/// <summary>What the run cost in model calls.</summary>
public sealed record UsageReport(int ModelCalls, long InputTokens, long OutputTokens, int CacheHits, int Retries)
{
    public static readonly UsageReport None = new(0, 0, 0, 0, 0);
}
