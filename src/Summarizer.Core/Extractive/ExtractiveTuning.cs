namespace Summarizer.Extractive;

/// <summary>
/// Knobs of the offline engine, fixed to values chosen on DUC 2004 dev clusters by general
/// methods (no per-topic constants). Internal: exposed for experiments and tests only.
/// </summary>
internal sealed record ExtractiveTuning
{
    /// <summary>Longest sentence (words) that may be selected.</summary>
    public int MaxSentenceWords { get; init; } = 60;

    /// <summary>Shortest sentence (words) that may be selected into the merged summary.</summary>
    public int MinSentenceWords { get; init; } = 8;

    /// <summary>A bigram is a concept when this share of the articles mention it (at least 2).</summary>
    public double MinConceptShare { get; init; } = 0.3;

    /// <summary>Greedy scores gain / words^exponent.</summary>
    public double LengthExponent { get; init; } = 1.0;

    /// <summary>Concept weight added per mention in an article's first sentences (lead prior).</summary>
    public double LeadBoost { get; init; } = 3;

    /// <summary>How many leading sentences of an article get the lead boost.</summary>
    public int LeadSentences { get; init; } = 1;

    /// <summary>Per-sentence bonus, in concept-weight units, for being early in its article.</summary>
    public double PositionBonus { get; init; } = 3;

    /// <summary>
    /// Learned sentence value (<see cref="SentenceScoreWeights"/>); null for none. Fitted on the odd DUC 2004 dev clusters
    /// (<c>summarizer eval summaries DATASET --fit-sentence-scores</c>; a test checks the fit reproduces these numbers).
    /// </summary>
    public SentenceScoreWeights? SentenceScore { get; init; } = new()
    {
        Intercept = -0.032172,
        Lead = 0.031499,
        First = -0.011212,
        Depth = 0.000236,
        Length = 0.108805,
        ConceptDensity = 0.041114,
        WordSpread = 0.036,
        BigramSpread = -0.036339,
        Centrality = 0.185015,
        Figures = -0.048702,
        Names = -0.029129,
        Quote = 0,
        Attribution = -0.007887,
    };

    /// <summary>
    /// Concept-weight units per unit of predicted recall, added to a sentence's gain with the position bonus when the merged
    /// prose is chosen; 0 leaves the learned score out. 320, the best scale on the odd clusters: DUC dev odd 38.41 / 9.31
    /// -> 38.97 / 9.78, even 38.80 / 9.79 -> 39.19 / 9.90. It chooses the prose only: the key points (and through them
    /// the single-source list) are still drawn against the summary chosen without it, and the prose keeps that summary's
    /// quoted words and never states a process's state an outlet published later reports further along (Extractive/README).
    /// </summary>
    public double SentenceScoreScale { get; init; } = 320;

    /// <summary>Two sentences this similar (TF-IDF cosine) are never both selected.</summary>
    public double RedundancyCosine { get; init; } = 0.5;

    /// <summary>Two sentences this similar report the same claim (sources cited together).</summary>
    public double SameClaimCosine { get; init; } = 0.45;

    /// <summary>Never select sentences opening with a pronoun or connective that refers back.</summary>
    public bool AvoidDangling { get; init; } = true;

    /// <summary>A candidate key point this similar to the summary or to an earlier key point is dropped.</summary>
    public double KeyPointOverlapCosine { get; init; } = 0.35;

    /// <summary>
    /// Two sentences state the same facts when this share of the lighter one's word weight is in the other
    /// (<see cref="SameFacts"/>); only one of them is selected, in the summary or the key points.
    /// </summary>
    public double SameFactOverlap { get; init; } = 0.4;

    /// <summary>
    /// A sentence that joins clauses (", and", ";") repeats a fact when one clause has this share of its word weight in
    /// another sentence, however much the rest adds (<see cref="SameFacts.Repeats"/>).
    /// </summary>
    public double RepeatedClauseShare { get; init; } = 0.6;

    /// <summary>The same for a key point against the summary and the key points before it.</summary>
    public double KeyPointSameFactOverlap { get; init; } = 0.3;

    /// <summary>
    /// A chosen sentence gives way to a restatement of its facts that more outlets carry when the restatement says at
    /// least this share of what it says (<see cref="SameFacts.Weight"/>).
    /// </summary>
    public double RestatementMinWeight { get; init; } = 0.75;

    /// <summary>
    /// Key points ranked after the shown ones and kept aside: the grounding check shows one instead of a key point
    /// whose citations do not all hold.
    /// </summary>
    public int SpareKeyPoints { get; init; } = 4;

    /// <summary>
    /// Above this many sources only this many, the closest to the story's centroid, offer sentences and rank them
    /// against each other (<see cref="RepresentativeSources"/>); claims still cite every source. Keeps the merge of a
    /// story of hundreds of sources near-linear; no story of ours or of the evaluation sets comes near it.
    /// </summary>
    public int MaxRankedSources { get; init; } = 200;

    /// <summary>Use the lead baseline instead (first sentence of each article in turn).</summary>
    public bool LeadOnly { get; init; }

    public static readonly ExtractiveTuning Default = new();
}
