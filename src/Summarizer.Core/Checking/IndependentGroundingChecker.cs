using Summarizer.Checking.Independent;
using Summarizer.Documents;

namespace Summarizer.Checking;

/// <summary>
/// <see cref="IGroundingChecker"/> over the independent <see cref="CitationVerifier"/>: the verifier knows nothing of
/// this namespace (nor of the attributor's), so the dependency points one way.
/// </summary>
internal sealed class IndependentGroundingChecker(GroundingCheckerOptions options) : IGroundingChecker, IPassageLocator, IClauseReader, ISideChecker
{
    private readonly CitationVerifier _verifier = new(options.MinCitationOverlap, options.MinCitationWords, options.MinQuoteWords);

    public IReadOnlyList<UngroundedToken> Check(string generatedText, IReadOnlyList<int> citedSourceIds, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.Check(generatedText, citedSourceIds, sources, cancellationToken);

    public IReadOnlyList<UngroundedToken> CheckClaim(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.CheckClaim(claim, sources, cancellationToken);

    public IReadOnlyList<UngroundedToken> CheckSide(string topic, Claim side, IReadOnlyList<CleanedArticle> sources, IReadOnlyList<Claim>? rivals = null, CancellationToken cancellationToken = default) =>
        _verifier.CheckSide(topic, side, sources, rivals, cancellationToken);

    public CheckReport CheckBrief(MergedSummary? merged, IReadOnlyList<SourceSummary> summaries, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.CheckBrief(merged, summaries, sources, cancellationToken);

    public IReadOnlyList<string> Clauses(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.Clauses(text, sources, cancellationToken);

    public IReadOnlyList<IReadOnlyList<string>> Pieces(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.Pieces(text, sources, cancellationToken);

    public string? SpeechPiece(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.SpeechPiece(text, sources, cancellationToken);

    public IReadOnlyList<SourceSpan> Locate(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default) =>
        _verifier.Locate(claim, sources, cancellationToken);
}

/// <summary>A checker that can show where each cited source says a claim it accepts.</summary>
internal interface IPassageLocator
{
    /// <summary>The sentences (offsets into each cleaned text) where the sources <paramref name="claim"/> cites say it.</summary>
    IReadOnlyList<SourceSpan> Locate(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);
}

/// <summary>A checker that reads a disagreement side as an answer to its topic.</summary>
internal interface ISideChecker
{
    /// <summary>What each source <paramref name="side"/> cites lacks for it, read as that source's answer to <paramref name="topic"/>.</summary>
    /// <param name="rivals">Given for a model's side citing one source alone (no other outlet backs its value, so that source
    /// must give it as the topic asks): the disagreement's other sides. Null for any other side.</param>
    IReadOnlyList<UngroundedToken> CheckSide(string topic, Claim side, IReadOnlyList<CleanedArticle> sources, IReadOnlyList<Claim>? rivals = null, CancellationToken cancellationToken = default);
}

/// <summary>A checker that can cut a sentence into the clauses it would check one by one.</summary>
internal interface IClauseReader
{
    /// <summary>The clauses of <paramref name="text"/> that each state a fact, or empty when it states one (or reports speech).</summary>
    IReadOnlyList<string> Clauses(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// The pieces of a sentence that merges what several sources say (its clauses; a range as its two ends), each as
    /// the texts that state it: every piece must be said by a source, and each end of a range by one.
    /// </summary>
    IReadOnlyList<IReadOnlyList<string>> Pieces(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// The piece of <paramref name="text"/> that reports someone's words when the sentence also sets a fact about the speaker
    /// apart ("X, a former teacher, said ..."), or null: a source cited for the words must say them itself, not only who X is.
    /// </summary>
    string? SpeechPiece(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);
}
