namespace Summarizer.Extractive;

/// <summary>
/// Of two sentences that state the same facts, the brief keeps the better attributed: after selection, each chosen
/// sentence gives way to a restatement that more outlets carry (then: that says more), as long as the restatement
/// says nearly as much, fits the word budget and repeats nothing else chosen. Selection alone can keep the restatement
/// with fewer citations, since it scores concepts, not outlets.
/// </summary>
internal static class BestAttributed
{
    public static List<int> Choose(
        IReadOnlyList<int> chosen,
        IReadOnlyList<int> candidates,
        SentenceTable table,
        SameFacts sameFacts,
        ClaimFinder claims,
        int budget,
        Func<int, int, bool> tooSimilar,
        double minWeight,
        double restatementOverlap)
    {
        var result = new List<int>(chosen);
        var sentences = table.Sentences;
        var used = result.Sum(i => sentences[i].Words);
        int Outlets(int i) => claims.Support(i).Select(j => sentences[j].SourceId).Append(sentences[i].SourceId).Distinct().Count();

        for (var k = 0; k < result.Count; k++)
        {
            var current = result[k];
            var (best, bestOutlets, bestWeight) = (current, Outlets(current), sameFacts.Weight(current));
            foreach (var c in candidates)
            {
                if (result.Contains(c) || sameFacts.Overlap(current, c) < restatementOverlap
                    || used - sentences[current].Words + sentences[c].Words > budget
                    || sameFacts.Weight(c) < minWeight * sameFacts.Weight(current))
                {
                    continue;
                }

                var (outlets, weight) = (Outlets(c), sameFacts.Weight(c));
                var better = outlets > bestOutlets || (outlets == bestOutlets && best != current && weight > bestWeight);
                if (better && !result.Where((r, at) => at != k).Any(r => tooSimilar(c, r)))
                {
                    (best, bestOutlets, bestWeight) = (c, outlets, weight);
                }
            }

            used += sentences[best].Words - sentences[current].Words;
            result[k] = best;
        }

        return result;
    }
}
