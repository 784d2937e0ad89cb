using Summarizer.Documents;

namespace Summarizer.Checking;

/// <summary>
/// Runs the grounding check over the final brief of either engine (run it after the story analysis) and applies it:
/// a citation the checker rejects is dropped and reported in <c>checks</c>; a claim left citing nothing is removed
/// from the summary, key points, disagreements and single-source list, and reported. The sources' own summaries and
/// the headline are reported, not changed.
/// </summary>
internal sealed class GroundingEnricher(IGroundingChecker checker) : IBriefEnricher
{
    public Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var articles = brief.Sources.Select(s => s.Article).ToList();
        var found = new List<UngroundedToken>();
        foreach (var summary in brief.Sources.Select(s => s.Summary).OfType<SourceSummary>().OrderBy(s => s.SourceId))
        {
            int[] own = [summary.SourceId];
            found.AddRange(checker.Check(summary.Summary, own, articles, cancellationToken));
            foreach (var point in summary.KeyPoints)
            {
                found.AddRange(checker.Check(point, own, articles, cancellationToken));
            }
        }

        var merged = brief.Merged;
        if (merged is not null)
        {
            found.AddRange(checker.Check(merged.Headline, [], articles, cancellationToken));
            var filter = new CitationFilter(checker, articles, cancellationToken);
            merged = Apply(merged, filter);
            found.AddRange(filter.Findings);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var report = found.Where(u => seen.Add(u.Text + "\u0001" + u.Token + "\u0001" + string.Join(',', u.Sources)));
        return Task.FromResult(brief with { Merged = merged, Checks = new CheckReport([.. brief.Checks.Ungrounded, .. report]) });
    }

    private static MergedSummary Apply(MergedSummary merged, CitationFilter filter)
    {
        List<Claim> summaryClaims;
        string summary;
        if (merged.SummaryClaims.Count > 0)
        {
            // The engine traced its sentences: drop the sentences left without a source from the prose too.
            summaryClaims = [.. merged.SummaryClaims.Select(filter.Filter).OfType<Claim>()];
            summary = merged.Summary;
            foreach (var removed in merged.SummaryClaims.Where(c => !summaryClaims.Any(k => k.Text == c.Text)))
            {
                summary = Remove(summary, removed.Text);
            }
        }
        else
        {
            // A model's prose: each sentence becomes a claim citing the sources that verifiably say it.
            summaryClaims = filter.FilterProse(merged.Summary);
            summary = string.Join(' ', summaryClaims.Select(c => c.Text));
        }

        var disagreements = new List<Disagreement>();
        foreach (var disagreement in merged.Disagreements)
        {
            var claims = disagreement.Claims.Select(filter.Filter).OfType<Claim>().ToList();
            if (claims.Count >= 2)
            {
                disagreements.Add(disagreement with { Claims = claims });
            }
        }

        return merged with
        {
            Summary = summary,
            SummaryClaims = summaryClaims,
            KeyPoints = [.. merged.KeyPoints.Select(filter.Filter).OfType<Claim>()],
            Disagreements = disagreements,
            SingleSource = [.. merged.SingleSource.Select(filter.Filter).OfType<Claim>()],
        };
    }

    private static string Remove(string text, string sentence)
    {
        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        return at < 0 ? text : (text[..at] + text[(at + sentence.Length)..]).Replace("  ", " ", StringComparison.Ordinal).Trim();
    }
}
