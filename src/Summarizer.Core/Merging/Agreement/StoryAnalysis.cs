using Summarizer.Checking;
using Summarizer.Documents;

namespace Summarizer.Merging.Agreement;


/// <summary>
/// The deterministic cross-source analysis of one story: copies, disagreements, single-source claims, and which
/// sources support any claim. Run it once per story after cleaning; the result is immutable and thread-safe.
/// </summary>
internal static class StoryAnalysis
{
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; checked inside the pairwise loops.</exception>
    public static StoryAnalysisResult Analyze(IReadOnlyList<CleanedArticle> articles, StoryAnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var validated = (options ?? new StoryAnalysisOptions()).Validate();
        var index = articles.OrderBy(a => a.Id).Select(a =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return SourceIndex.Build(a);
        }).ToList();
        var copyOf = CopyDetector.Detect(index, validated, cancellationToken);
        var acts = new ClauseActs(index); // the story's word weights, read once for every finder that aligns clauses
        var (facts, groups) = FactDisagreements.Align(index, cancellationToken, acts);
        var causes = CauseFinder.Read(index); // each source's causes, read once for the cause conflict and the agreed causes
        var disagreements = DisagreementFinder.Find(index, groups, cancellationToken, acts, causes);
        var corroboration = new FactCorroboration(facts, groups, copyOf, disagreements, CauseFinder.Agreed(causes, id => copyOf.TryGetValue(id, out var original) ? original : id));
        var judged = SingleSourceFinder.Assess(index, corroboration, validated, cancellationToken, acts.Weights);
        var single = SingleSourceFinder.Find(index, judged, corroboration, validated);
        return new StoryAnalysisResult(index, copyOf, disagreements, single.Listed, validated)
        {
            Listable = single.Listable,
            Verdicts = judged.ToDictionary(kv => kv.Key, kv => kv.Value.News),
        };
    }
}

/// <summary>What <see cref="StoryAnalysis.Analyze"/> found.</summary>
internal sealed class StoryAnalysisResult
{
    private readonly IReadOnlyList<SourceIndex> _index;
    private readonly StoryAnalysisOptions _options;

    // The story's ordinary words (SourceIndex.OrdinaryWords), read once for every claim attributed.
    private readonly Lazy<HashSet<string>> _ordinary;

    internal StoryAnalysisResult(
        IReadOnlyList<SourceIndex> index,
        IReadOnlyDictionary<int, int> copyOf,
        IReadOnlyList<Disagreement> disagreements,
        IReadOnlyList<Claim> singleSource,
        StoryAnalysisOptions options)
    {
        _index = index;
        _options = options;
        _ordinary = new(() => SourceIndex.OrdinaryWords(index));
        CopyOf = copyOf;
        Disagreements = disagreements;
        SingleSource = singleSource;
        DistinctSources = index.Count(s => !copyOf.ContainsKey(s.Id));
    }

    /// <summary>Source id of a near-copy -> id of the earliest source it copies (the brief's <c>copyOf</c>).</summary>
    public IReadOnlyDictionary<int, int> CopyOf { get; }

    /// <summary>Figures and dates the sources give differently, in order of first appearance.</summary>
    public IReadOnlyList<Disagreement> Disagreements { get; }

    /// <summary>Salient statements only one original source makes, most salient first.</summary>
    public IReadOnlyList<Claim> SingleSource { get; }

    /// <summary>
    /// Every passage only one original source states that is salient enough to list and no retelling of another source,
    /// before the list's caps: what a key point one source reports gives way to.
    /// </summary>
    public IReadOnlyList<Claim> Listable { get; init; } = [];

    /// <summary>
    /// What of <paramref name="claim"/> (a sentence one original source reports) may be listed as that source's alone: the
    /// passages of it the analysis would list; none when it states nothing new worth listing.
    /// </summary>
    public IReadOnlyList<Claim> ListablePassagesOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return [.. Listable.Where(l => Overlaps(l, claim))];
    }

    private static bool Overlaps(Claim a, Claim b) =>
        (a.Spans ?? []).Any(x => (b.Spans ?? []).Any(y => x.SourceId == y.SourceId && x.Start < y.End && y.Start < x.End));

    /// <summary>The n of "k of n": sources that are not copies of another.</summary>
    public int DistinctSources { get; }

    /// <summary>What each sentence adds to the story, by (source id, sentence index).</summary>
    internal IReadOnlyDictionary<(int Source, int Sentence), SentenceNews> Verdicts { get; init; } = new Dictionary<(int, int), SentenceNews>();

    /// <summary>
    /// Whether <paramref name="claim"/>, which one original source reports, may be listed as that source's alone: a
    /// sentence its spans cover states a fact no other independent source states, and none of them is part of a
    /// disagreement. A claim with no spans into its source is judged by its citations alone.
    /// </summary>
    public bool IsNewFromOneSource(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var covered = (claim.Spans ?? [])
            .SelectMany(span => _index.Where(s => s.Id == span.SourceId).SelectMany(s => s.Sentences
                .Select((sentence, i) => (Sentence: sentence, Key: (s.Id, i)))
                .Where(x => x.Sentence.Segment.Start < span.End && span.Start < x.Sentence.Segment.End)))
            .Select(x => Verdicts.GetValueOrDefault(x.Key))
            .ToList();
        return covered.Count == 0 || (covered.Contains(SentenceNews.New) && !covered.Contains(SentenceNews.Disputed));
    }

    /// <summary>The original a source copies, or the source itself.</summary>
    public int OriginalOf(int sourceId) => CopyOf.TryGetValue(sourceId, out var original) ? original : sourceId;

    /// <summary>
    /// Every source that may be cited for <paramref name="claimText"/> (copies included), with the supporting
    /// spans; null when no source may. A source is credited only where one passage of it holds the claim's
    /// content, every figure (with its unit), date and quoted word, and for reported speech the speaker with
    /// the words (<see cref="ClaimEvidence"/>).
    /// </summary>
    public Claim? Support(string claimText)
    {
        ArgumentNullException.ThrowIfNull(claimText);
        var spans = SupportFinder.Credit(claimText, _index, _options.SupportOverlap, _ordinary.Value);
        return spans.Count == 0 ? null : new Claim(claimText, spans.Select(s => s.SourceId).ToList(), spans);
    }

    /// <summary>
    /// Whether source <paramref name="sourceId"/> states every figure (with its unit or currency) and date in
    /// <paramref name="claimText"/> and carries every quoted word of it, somewhere in its text: a source is never
    /// credited with a number or a quote it does not give.
    /// </summary>
    public bool StatesFigures(int sourceId, string claimText)
    {
        ArgumentNullException.ThrowIfNull(claimText);
        var source = _index.FirstOrDefault(s => s.Id == sourceId);
        if (source is null)
        {
            return false;
        }

        return ClaimEvidence.Of(claimText).FiguresAndQuotesIn(source);
    }

    /// <summary>
    /// <paramref name="keyPoint"/> with the sources verified to report it (<see cref="Support"/>), with their
    /// spans. When no source can be verified, the cited sources that state its figures are kept (all of them
    /// when none does), so the grounding check still reports the claim against what the engine cited.
    /// </summary>
    public Claim Attribute(Claim keyPoint)
    {
        ArgumentNullException.ThrowIfNull(keyPoint);
        var found = Support(keyPoint.Text);
        if (found is null)
        {
            var stating = keyPoint.Sources.Where(id => StatesFigures(id, keyPoint.Text)).ToList();
            return stating.Count == 0 || stating.Count == keyPoint.Sources.Count
                ? keyPoint
                : keyPoint with { Sources = stating, Spans = keyPoint.Spans?.Where(s => stating.Contains(s.SourceId)).ToList() };
        }

        var sources = found.Sources.Distinct().Order().ToList();
        var spans = (keyPoint.Spans ?? []).Where(s => sources.Contains(s.SourceId)).Concat(found.Spans ?? [])
            .GroupBy(s => (s.SourceId, s.Start, s.End)).Select(g => g.First())
            .OrderBy(s => s.SourceId).ThenBy(s => s.Start).ToList();
        return keyPoint with { Sources = sources, Spans = spans };
    }

    /// <summary>The k of "k of n": distinct originals among <paramref name="sourceIds"/>, a copy counting as its original.</summary>
    public int CountReporting(IEnumerable<int> sourceIds)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        return sourceIds.Select(OriginalOf).Distinct().Count();
    }

    /// <summary>"reported by 3 of 4 sources" for a claim's sources.</summary>
    public string DescribeAgreement(IEnumerable<int> sourceIds)
    {
        var k = CountReporting(sourceIds);
        return DistinctSources == 1 ? "reported by 1 source" : $"reported by {k} of {DistinctSources} sources";
    }
}
