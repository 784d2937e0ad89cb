using Summarizer.Documents;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Marks the brief's sentences that state a value a later source has updated ("killing 9 people" once a later
/// report says the toll has risen to 11), so the brief never states a stale figure as if it were current. The
/// update itself, with the newer source, is shown under "where sources differ".
/// </summary>
internal static class SupersededClaims
{
    /// <summary>
    /// What a marked sentence says of itself: no figure and as few words as will do, so every citation still holds the
    /// sentence (a figure-free state, "the service was still disrupted", is checked on its words).
    /// </summary>
    public const string Marker = "(since updated)";

    public static MergedSummary Mark(MergedSummary merged, IReadOnlyList<CleanedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(articles);
        var texts = articles.ToDictionary(a => a.Id, a => a.Text);

        // The earlier values' own words in their sources ("killing 9 people"), with where they stand.
        var stale = merged.Disagreements
            .Where(d => d.Kind == DisagreementKind.Update && d.Claims.Count >= 2)
            .SelectMany(d => d.Claims.Take(d.Claims.Count - 1))
            .SelectMany(c => c.Spans ?? [])
            .Where(s => texts.TryGetValue(s.SourceId, out var t) && s.Start >= 0 && s.End <= t.Length && s.End > s.Start)
            .Select(s => (Span: s, Words: texts[s.SourceId][s.Start..s.End]))
            .ToList();
        if (stale.Count == 0)
        {
            return merged;
        }

        // A sentence is stale when it is (one of) the sentences the earlier value was read from and still states it:
        // a clause cut from that sentence without the figure is not.
        Claim Marked(Claim claim) =>
            claim.Spans is { } spans && !claim.Text.Contains(Marker, StringComparison.Ordinal)
            && stale.Any(e => spans.Any(s => s.SourceId == e.Span.SourceId && s.Start < e.Span.End && e.Span.Start < s.End)
                && claim.Text.Contains(e.Words, StringComparison.OrdinalIgnoreCase))
                ? claim with { Text = WithMarker(claim.Text) }
                : claim;

        var summaryClaims = merged.SummaryClaims.Select(Marked).ToList();
        var summary = merged.Summary;
        foreach (var (before, after) in merged.SummaryClaims.Zip(summaryClaims).Where(p => !ReferenceEquals(p.First, p.Second)))
        {
            summary = summary.Replace(before.Text, after.Text, StringComparison.Ordinal);
        }

        return merged with
        {
            Summary = summary,
            SummaryClaims = summaryClaims,
            KeyPoints = [.. merged.KeyPoints.Select(Marked)],
            SingleSource = [.. merged.SingleSource.Select(Marked)],
        };
    }

    // Before the sentence's closing stop: "... killing 9 people (since updated)."
    private static string WithMarker(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?'
            ? $"{trimmed[..^1]} {Marker}{trimmed[^1]}"
            : $"{trimmed} {Marker}";
    }
}
