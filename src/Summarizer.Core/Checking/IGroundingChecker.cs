using Summarizer.Documents;

namespace Summarizer.Checking;

/// <summary>
/// Finds tokens in generated text that the cited sources do not contain: numbers, percentages, money,
/// dates, proper names and quotes, plus citations ("[n]") whose source does not say what is claimed.
/// Deterministic; results come in the order of the text.
/// </summary>
public interface IGroundingChecker
{
    /// <summary>
    /// Checks <paramref name="generatedText"/> sentence by sentence. A sentence with "[n]" markers is
    /// checked against those sources (and each marker is checked for support); any other sentence against
    /// <paramref name="citedSourceIds"/>, or all sources when that is empty.
    /// </summary>
    IReadOnlyList<UngroundedToken> Check(string generatedText, IReadOnlyList<int> citedSourceIds, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);

    /// <summary>Checks one claim: its tokens against the union of its sources, and that each source supports it.</summary>
    IReadOnlyList<UngroundedToken> CheckClaim(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks everything a model wrote for one story: each per-source summary and its key points against
    /// its own source, each merged key point against its cited sources, and the merged prose against the
    /// sources its markers cite (all sources where it cites none). Cancellation is checked sentence by sentence.
    /// </summary>
    CheckReport CheckBrief(MergedSummary? merged, IReadOnlyList<SourceSummary> summaries, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default);
}

/// <summary>Tuning of the grounding check.</summary>
public sealed record GroundingCheckerOptions
{
    /// <summary>
    /// Share of a claim's content words a cited source must contain in one sentence (or two adjacent
    /// ones) for the citation to count as support. Default 0.6; 0 turns the content test off (figures, names, quotes and speakers are still checked).
    /// </summary>
    public double MinCitationOverlap { get; init; } = 0.6;

    /// <summary>A claim with fewer content words than this that gives a figure ("about 15,000 people") is supported by the figure alone. Default 3.</summary>
    public int MinCitationWords { get; init; } = 3;

    /// <summary>
    /// Validated but no longer read: the checker meets spelling variants of any length by transliteration
    /// (Strøm/Stroem, Vestergård/Vestergaard, Zelensky/Zelenskyy). Default 6.
    /// </summary>
    public int MinVariantNameLength { get; init; } = 6;

    /// <summary>Quoted strings with at least this many words must occur in a cited source. Default 1: every quote, even one word.</summary>
    public int MinQuoteWords { get; init; } = 1;

    internal GroundingCheckerOptions Validate()
    {
        if (MinCitationOverlap is < 0 or > 1 || double.IsNaN(MinCitationOverlap))
        {
            throw new ArgumentOutOfRangeException(nameof(MinCitationOverlap), MinCitationOverlap, "MinCitationOverlap must be between 0 and 1.");
        }

        if (MinCitationWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinCitationWords), MinCitationWords, "MinCitationWords must be at least 1.");
        }

        if (MinVariantNameLength < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(MinVariantNameLength), MinVariantNameLength, "MinVariantNameLength must be at least 3.");
        }

        if (MinQuoteWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinQuoteWords), MinQuoteWords, "MinQuoteWords must be at least 1.");
        }

        return this;
    }
}

/// <summary>Creates grounding checkers.</summary>
public static class GroundingChecker
{
    /// <summary>A checker with <paramref name="options"/> (defaults when null); thread-safe and reusable.</summary>
    public static IGroundingChecker Create(GroundingCheckerOptions? options = null) =>
        new IndependentGroundingChecker((options ?? new GroundingCheckerOptions()).Validate());
}
