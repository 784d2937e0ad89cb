using System.Text.RegularExpressions;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Checking;

internal sealed partial class DefaultGroundingChecker(GroundingCheckerOptions options) : IGroundingChecker
{
    public IReadOnlyList<UngroundedToken> Check(string generatedText, IReadOnlyList<int> citedSourceIds, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generatedText);
        ArgumentNullException.ThrowIfNull(citedSourceIds);
        ArgumentNullException.ThrowIfNull(sources);
        return CheckText(generatedText, citedSourceIds, SourceIndex.BuildAll(sources, cancellationToken), checkCitations: false, cancellationToken);
    }

    public IReadOnlyList<UngroundedToken> CheckClaim(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sources);
        return CheckText(claim.Text, claim.Sources, SourceIndex.BuildAll(sources, cancellationToken), checkCitations: true, cancellationToken);
    }

    public CheckReport CheckBrief(MergedSummary? merged, IReadOnlyList<SourceSummary> summaries, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(sources);
        var index = SourceIndex.BuildAll(sources, cancellationToken);
        var found = new List<UngroundedToken>();
        foreach (var summary in summaries.OrderBy(s => s.SourceId))
        {
            int[] own = [summary.SourceId];
            found.AddRange(CheckText(summary.Summary, own, index, checkCitations: false, cancellationToken));
            foreach (var point in summary.KeyPoints)
            {
                found.AddRange(CheckText(point, own, index, checkCitations: false, cancellationToken));
            }
        }

        if (merged is not null)
        {
            found.AddRange(CheckText(merged.Headline, [], index, checkCitations: false, cancellationToken));
            found.AddRange(CheckText(merged.Summary, [], index, checkCitations: false, cancellationToken));
            foreach (var claim in merged.KeyPoints.Concat(merged.SingleSource).Concat(merged.Disagreements.SelectMany(d => d.Claims)))
            {
                found.AddRange(CheckText(claim.Text, claim.Sources, index, checkCitations: true, cancellationToken));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new CheckReport(found.Where(u => seen.Add(u.Text + "\u0001" + u.Token + "\u0001" + string.Join(',', u.Sources))).ToList());
    }

    private List<UngroundedToken> CheckText(string text, IReadOnlyList<int> cited, Dictionary<int, SourceIndex> index, bool checkCitations, CancellationToken cancellationToken)
    {
        var result = new List<UngroundedToken>();
        if (string.IsNullOrWhiteSpace(text) || index.Count == 0)
        {
            return result;
        }

        // Markers are blanked, not removed, so offsets still line up with the original text.
        var markers = Marker().Matches(text);
        var masked = Marker().Replace(text, m => new string(' ', m.Length));
        var sentences = SentenceSplitter.Instance.Split(masked);
        var fallback = cited.Where(index.ContainsKey).Distinct().Order().ToList();
        if (fallback.Count == 0)
        {
            fallback = [.. index.Keys.Order()];
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            // Each sentence is searched for in every cited source: the check sits in this outer loop.
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            var nextStart = s + 1 < sentences.Count ? sentences[s + 1].Start : int.MaxValue;
            var own = markers.Where(m => m.Index >= sentence.Start && m.Index < nextStart).ToList();
            var shown = text[sentence.Start..Math.Max(sentence.End, own.Select(m => m.Index + m.Length).DefaultIfEmpty(sentence.End).Max())].Trim();
            foreach (var (part, explicitIds) in Parts(masked, sentence, own, index))
            {
                var ids = explicitIds.Count > 0 ? explicitIds : fallback;
                var srcs = ids.Select(id => index[id]).ToList();
                var tokens = TokenChecks.Find(part, srcs, options);
                result.AddRange(tokens.Select(t => new UngroundedToken(shown, t, ids)));
                if (explicitIds.Count > 0 || checkCitations)
                {
                    foreach (var id in ids.Where(id => !CitationSupported(part, index[id], tokens.Count == 0)))
                    {
                        result.Add(new UngroundedToken(shown, $"[{id}]", ids));
                    }
                }
            }
        }

        return result;
    }

    // Markers inside a sentence cite the clause before them ("... on March 14 [1][2], and 42 were rescued [1, 5].");
    // text after the last marker belongs to the last clause.
    private static IEnumerable<(string Part, List<int> Ids)> Parts(string masked, TextSegment sentence, List<Match> markers, Dictionary<int, SourceIndex> index)
    {
        var groups = new List<(int End, List<int> Ids)>();
        foreach (var m in markers)
        {
            var ids = m.Groups[1].Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => int.TryParse(v, out var id) ? id : -1).Where(index.ContainsKey);
            var separated = groups.Count == 0 || masked[groups[^1].End..m.Index].Any(char.IsLetterOrDigit);
            if (separated)
            {
                groups.Add((m.Index + m.Length, [.. ids]));
            }
            else
            {
                groups[^1] = (m.Index + m.Length, [.. groups[^1].Ids, .. ids]); // "[1][2]"
            }
        }

        if (groups.Count == 0)
        {
            yield return (sentence.Text, []);
            yield break;
        }

        var from = sentence.Start;
        for (var g = 0; g < groups.Count; g++)
        {
            var to = g == groups.Count - 1 ? Math.Max(sentence.End, groups[g].End) : groups[g].End;
            var part = masked[from..Math.Min(to, masked.Length)].Trim();
            from = to;
            if (part.Length > 0)
            {
                yield return (part, groups[g].Ids.Distinct().Order().ToList());
            }
        }
    }

    // A cited source must say most of what the sentence says, and hold its figures, dates and quotes itself.
    private bool CitationSupported(string sentence, SourceIndex source, bool tokensGroundedInUnion)
    {
        if (tokensGroundedInUnion && TokenChecks.Find(sentence, [source], options).Count > 0)
        {
            return false;
        }

        var content = ContentWords.Of(sentence);
        if (options.MinCitationOverlap <= 0 || content.Count < options.MinCitationWords)
        {
            return true;
        }

        return source.BestMatch(content).Score + 0.05 >= options.MinCitationOverlap;
    }

    [GeneratedRegex(@"\[(\d+(?:\s*[,;]\s*\d+)*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
