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
    /// At most this many single-source claims are found in the sources in all, most salient first (key points only one
    /// source reports come on top). Default 20: a ceiling for stories many outlets tell; the per-source limit below
    /// decides for most stories.
    /// </summary>
    public int MaxSingleSourceClaims { get; init; } = 20;

    /// <summary>
    /// At most this many single-source claims of each independent source (a near-copy counts with its original), so the
    /// list grows with the outlets that tell the story. Default 4, set on the dev trust cases (about 1.8 keyed one-source
    /// facts per outlet, which a list ranked without the key finds among each outlet's top four). A passage with a figure
    /// of its own may take one place more (on dev 01-134 such fifth passages were mostly keyed facts, figure-free ones
    /// mostly colour or another outlet's fact).
    /// </summary>
    public int SingleSourceClaimsPerSource { get; init; } = 4;

    internal StoryAnalysisOptions Validate()
    {
        Check(CopyShingleContainment, nameof(CopyShingleContainment));
        Check(CopySentenceShare, nameof(CopySentenceShare));
        Check(SupportOverlap, nameof(SupportOverlap));
        if (MaxSingleSourceClaims < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSingleSourceClaims), MaxSingleSourceClaims, "MaxSingleSourceClaims must not be negative.");
        }

        if (SingleSourceClaimsPerSource < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SingleSourceClaimsPerSource), SingleSourceClaimsPerSource, "SingleSourceClaimsPerSource must not be negative.");
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
