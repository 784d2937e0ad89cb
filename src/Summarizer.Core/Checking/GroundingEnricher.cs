using Summarizer.Checking.Independent;
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
            // Each sentence must be said by the article it summarizes, not only use its figures and names.
            int[] own = [summary.SourceId];
            foreach (var sentence in CitedProse.Split(summary.Summary).Select(s => s.Shown).Concat(summary.KeyPoints))
            {
                found.AddRange(checker.CheckClaim(new Claim(sentence, own), articles, cancellationToken));
            }
        }

        var merged = brief.Merged;
        if (merged is not null)
        {
            found.AddRange(checker.Check(merged.Headline, [], articles, cancellationToken));
            var filter = new CitationFilter(checker, articles, cancellationToken);
            merged = Apply(merged, filter, brief);
            if (merged.ClaimedCitations)
            {
                merged = ClaimedCitationsCompleted(merged, filter, brief);
            }

            found.AddRange(filter.Findings);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var report = found.Where(u => seen.Add(u.Text + "\u0001" + u.Token + "\u0001" + string.Join(',', u.Sources)));
        return Task.FromResult(brief with { Merged = merged, Checks = new CheckReport([.. brief.Checks.Ungrounded, .. report]) });
    }

    private static MergedSummary Apply(MergedSummary merged, CitationFilter filter, Brief brief)
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
            summaryClaims = filter.FilterProse(merged.Summary, recite: merged.ClaimedCitations);
            summary = string.Join(' ', summaryClaims.Select(c => c.Text));
        }

        var disagreements = new List<Disagreement>();
        foreach (var disagreement in merged.Disagreements)
        {
            // Each side in words all its cited sources hold, where one source's words drop the others, checked as an answer to the topic.
            var claims = disagreement.Claims.Select(filter.InSharedWords)
                .Select((c, i) => filter.FilterSide(disagreement.Topic, c, merged.ClaimedCitations ? [.. disagreement.Claims.Where((_, j) => j != i)] : null))
                .OfType<Claim>().ToList();
            if (claims.Count >= 2)
            {
                disagreements.Add(disagreement with { Claims = claims });
            }
        }

        return merged with
        {
            Summary = summary,
            SummaryClaims = summaryClaims,
            KeyPoints = KeyPoints(merged, filter, brief),
            SpareKeyPoints = [],
            Disagreements = disagreements,
            SingleSource = [.. merged.SingleSource.Select(filter.Filter).OfType<Claim>()],
        };
    }

    // The engine's key points are its choice among many, ranked by how central and concrete they are; its spares follow
    // in that same order. A key point whose citations do not all hold is re-cited to the sources that verifiably say it
    // while two independent ones still do; else it gives way to the engine's next spare that two independent sources
    // still verifiably say (re-cited to them). With no such spare it stays, less the rejected citations (reported): a
    // spare no better corroborated ranks below it, so it is no better key point. Only a key point left with no source
    // gives way to the next spare whose citations all hold.
    private static List<Claim> KeyPoints(MergedSummary merged, CitationFilter filter, Brief brief)
    {
        var spares = merged.SpareKeyPoints.Select(c => (Recited: filter.Recited(c), Whole: filter.Holds(c))).ToList();
        var result = new List<Claim>();
        foreach (var keyPoint in merged.KeyPoints)
        {
            if (filter.Holds(keyPoint))
            {
                result.Add(keyPoint);
                continue;
            }

            var recited = filter.Recited(keyPoint);
            var corroborated = spares.FindIndex(c => brief.IndependentSupport(c.Recited.Sources) > 1);
            var whole = spares.FindIndex(c => c.Whole);
            if (merged.SpareKeyPoints.Count > 0 && brief.IndependentSupport(recited.Sources) > 1)
            {
                result.Add(recited);
            }
            else if (corroborated >= 0)
            {
                result.Add(spares[corroborated].Recited);
                spares.RemoveAt(corroborated);
            }
            else if (filter.Filter(keyPoint) is { } kept)
            {
                result.Add(kept);
            }
            else if (whole >= 0)
            {
                result.Add(spares[whole].Recited);
                spares.RemoveAt(whole);
            }
        }

        return result;
    }

    // A model's key points and single-source items cite every source that verifiably says them; what more than one
    // original source says is a key point, what only one says is listed as single-source.
    private static MergedSummary ClaimedCitationsCompleted(MergedSummary merged, CitationFilter filter, Brief brief)
    {
        var keyPoints = merged.KeyPoints.Select(filter.Recite).Select(filter.WithSpans).ToList();
        var single = merged.SingleSource.Select(filter.Recite).Select(filter.WithSpans).ToList();
        if (brief.IndependentSources() < 2)
        {
            return merged with { KeyPoints = keyPoints, SingleSource = single };
        }

        bool Corroborated(Claim c) => brief.IndependentSupport(c.Sources) > 1;
        return merged with
        {
            KeyPoints = [.. keyPoints.Where(Corroborated), .. single.Where(Corroborated)],
            SingleSource = [.. keyPoints.Where(c => !Corroborated(c)), .. single.Where(c => !Corroborated(c))],
        };
    }

    private static string Remove(string text, string sentence)
    {
        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        return at < 0 ? text : (text[..at] + text[(at + sentence.Length)..]).Replace("  ", " ", StringComparison.Ordinal).Trim();
    }
}
