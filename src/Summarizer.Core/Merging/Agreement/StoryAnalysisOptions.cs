namespace Summarizer.Merging.Agreement;

/// <summary>Thresholds of the cross-source analysis; defaults are tuned on fixtures/trust and the seeds.</summary>
public sealed record StoryAnalysisOptions
{
    /// <summary>Share of the shorter article's word 5-grams found in the longer one that makes it a copy. Default 0.5.</summary>
    public double CopyShingleContainment { get; init; } = 0.5;

    /// <summary>
    /// Mean, over the shorter article's sentences, of the best content-word Jaccard with a sentence of the other
    /// one, that makes it a copy (catches light rewrites, which break many 5-grams). Default 0.55: on the
    /// fixtures and seeds, separate reports of one event score at most 0.32 and rewrites that change one word
    /// in four to ten at least 0.63.
    /// </summary>
    public double CopySentenceShare { get; init; } = 0.55;

    /// <summary>Share of a claim's content words one sentence (or two adjacent ones) must hold to report it. Default 0.5.</summary>
    public double SupportOverlap { get; init; } = 0.5;

    /// <summary>
    /// At most this many single-source claims are found in the sources, most salient first (key points only one source
    /// reports come on top). Default 10, set on the dev trust cases: past it, each further item adds about as many
    /// sentences the scorer counts as corroborated as keyed one-source facts.
    /// </summary>
    public int MaxSingleSourceClaims { get; init; } = 10;

    internal StoryAnalysisOptions Validate()
    {
        Check(CopyShingleContainment, nameof(CopyShingleContainment));
        Check(CopySentenceShare, nameof(CopySentenceShare));
        Check(SupportOverlap, nameof(SupportOverlap));
        if (MaxSingleSourceClaims < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSingleSourceClaims), MaxSingleSourceClaims, "MaxSingleSourceClaims must not be negative.");
        }

        return this;
    }

    private static void Check(double value, string name)
    {
        if (value is <= 0 or > 1 || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than 0 and at most 1.");
        }
    }
}
