using Summarizer.Documents;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Completes a merged brief with the deterministic cross-source analysis, whichever engine wrote it:
/// marks near-copies, sets every claim's sources to those verified to report it (with spans), and adds
/// the disagreements and single-source claims found in the cleaned texts, and marks sentences that state a value a
/// later source updated (<see cref="SupersededClaims"/>). The grounding check runs after it, on
/// the result.
/// </summary>
internal sealed class StoryAnalysisEnricher(StoryAnalysisOptions options) : IBriefEnricher
{
    public Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var articles = brief.Sources.Select(s => s.Article).ToList();
        var analysis = StoryAnalysis.Analyze(articles, options, cancellationToken);
        var sources = brief.Sources
            .Select(s => s with { CopyOf = analysis.CopyOf.TryGetValue(s.Article.Id, out var original) ? original : null })
            .ToList();
        if (brief.Merged is not { } merged)
        {
            return Task.FromResult(brief with { Sources = sources });
        }

        var added = analysis.Disagreements.Where(d => !merged.Disagreements.Any(m => SameTopic(m, d))).ToList();
        if (merged.ClaimedCitations)
        {
            // A model's citations are claims: the grounding check verifies them as written and adds the sources that
            // verifiably say each claim, so they are not re-attributed here. The analysis adds what it found.
            var written = merged.KeyPoints.Concat(merged.SingleSource).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(brief with
            {
                Sources = sources,
                Merged = SupersededClaims.Mark(
                    merged with
                    {
                        Disagreements = [.. merged.Disagreements, .. added],
                        SingleSource = [.. merged.SingleSource, .. analysis.SingleSource.Where(c => !written.Contains(c.Text))],
                    },
                    articles),
            });
        }

        // Each attribution searches every source's sentences; cancellation is checked claim by claim.
        Claim Attribute(Claim claim)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return analysis.Attribute(claim);
        }

        var summaryClaims = merged.SummaryClaims.Select(Attribute).ToList();
        // Key points keep the engine's order (centre of the story first, not outlet count); one that only one original
        // source reports moves to the single-source list (when there is more than one).
        var attributed = merged.KeyPoints.Select(Attribute).ToList();
        // A key point that adds nothing of its own (its facts are stated elsewhere or disputed) stays a key point, and so
        // does one whose new clauses the analysis would not list (too slight, or a retelling of another source). One that
        // holds a passage the analysis would list is listed as that passage: per clause, so the clauses of the sentence
        // another source states are not shown as this one's.
        var uncorroborated = analysis.DistinctSources > 1
            ? attributed.Where(c => analysis.CountReporting(c.Sources) == 1 && analysis.IsNewFromOneSource(c) && analysis.ListablePassagesOf(c).Count > 0).ToList()
            : [];
        var keyPoints = attributed.Except(uncorroborated).ToList();
        // Each passage cites every source that says it (the original's near-copies too), and one another original also
        // says is not listed.
        var passages = uncorroborated.SelectMany(analysis.ListablePassagesOf).Distinct()
            .Select(Attribute).Where(c => analysis.CountReporting(c.Sources) == 1).ToList();
        // Spares are attributed alike; one that would be listed as single-source is no key point, so no spare either.
        var spares = merged.SpareKeyPoints.Select(Attribute)
            .Where(c => analysis.DistinctSources <= 1 || analysis.CountReporting(c.Sources) > 1 || !analysis.IsNewFromOneSource(c))
            .ToList();
        // A summary sentence only one source reports is listed too: the section is where uncorroborated facts are flagged.
        var shown = keyPoints.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        // A claim the engine called single-source stays there only if no other original source reports it.
        List<Claim> listed = [
            .. passages,
            .. merged.SingleSource.Select(Attribute).Where(c => analysis.CountReporting(c.Sources) == 1 && analysis.IsNewFromOneSource(c)),
        ];
        var enriched = merged with
        {
            SummaryClaims = summaryClaims,
            KeyPoints = keyPoints,
            SpareKeyPoints = spares,
            Disagreements = [.. merged.Disagreements, .. added],
            // A passage the analysis found is listed once: not again inside a sentence already listed.
            SingleSource = [
                .. listed,
                .. analysis.SingleSource.Where(c => !shown.Contains(c.Text) && !merged.SingleSource.Any(m => m.Text == c.Text) && !listed.Any(l => Overlaps(l, c))),
            ],
        };
        return Task.FromResult(brief with { Sources = sources, Merged = SupersededClaims.Mark(enriched, articles) });
    }

    private static bool Overlaps(Claim a, Claim b) =>
        (a.Spans ?? []).Any(x => (b.Spans ?? []).Any(y => x.SourceId == y.SourceId && x.Start < y.End && y.Start < x.End));

    private static bool SameTopic(Disagreement a, Disagreement b) =>
        string.Equals(a.Topic, b.Topic, StringComparison.OrdinalIgnoreCase);
}
