using Summarizer.Documents;

namespace Summarizer.Extractive;

/// <summary>
/// Finds, for a sentence, the sentences of other articles that report the same thing (TF-IDF
/// cosine over stemmed content words at or above a threshold, the best one per article), and turns
/// sentences into claims citing every such source with its span. Each sentence's search is one pass over
/// all sentences, so cancellation is checked once per search.
/// </summary>
/// <param name="ranked">
/// The articles whose sentences ranking compares with (<see cref="Support"/>, <see cref="Reach"/>,
/// <see cref="Centrality"/>); null for all. <see cref="ClaimFor"/> always searches every article, so a claim cites
/// every source that reports it.
/// </param>
internal sealed class ClaimFinder(SentenceTable table, double threshold, double overlapThreshold, CancellationToken cancellationToken, bool[]? ranked = null)
{
    private readonly int[]?[] support = new int[]?[table.Sentences.Count];
    private readonly int[]?[] citing = ranked is null ? [] : new int[]?[table.Sentences.Count];
    private readonly double[] centrality = new double[table.Sentences.Count];
    private readonly double[] reach = new double[table.Sentences.Count];

    // Sentence i's TF-IDF vector spread over all term ids, so a cosine costs one pass over the other sentence.
    private readonly double[] dense = new double[table.TermCount];

    /// <summary>When set, a key point that states the same facts as the summary or an earlier key point is left out.</summary>
    public SameFacts? SameFacts { get; init; }

    /// <summary>The <see cref="SameFacts"/> overlap at which a key point repeats a fact already given.</summary>
    public double SameFactOverlap { get; init; } = 1;

    /// <summary>Sentences of other ranked articles reporting the same as sentence <paramref name="i"/>, one per article.</summary>
    public int[] Support(int i)
    {
        if (support[i] is { } known)
        {
            return known;
        }

        var found = Search(i, ranked, out centrality[i], out reach[i]);
        support[i] = found;
        return found;
    }

    // Sentences of every other article reporting the same as sentence i, one per article: what a claim cites.
    private int[] Citing(int i)
    {
        if (ranked is null)
        {
            return Support(i);
        }

        return citing[i] ??= Search(i, within: null, out _, out _);
    }

    private int[] Search(int i, bool[]? within, out double sum, out double reached)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = table.Sentences;
        var self = sentences[i];
        for (var k = 0; k < self.Terms.Length; k++)
        {
            dense[self.Terms[k]] = self.Weights[k];
        }

        var best = new int[table.Articles.Count];
        var bestScore = new double[table.Articles.Count];
        var closest = new double[table.Articles.Count];
        Array.Fill(best, -1);
        sum = 0;
        for (var j = 0; j < sentences.Count; j++)
        {
            var other = sentences[j];
            if (other.Article == self.Article || (within is not null && !within[other.Article]))
            {
                continue;
            }

            var cosine = 0.0;
            var terms = other.Terms;
            var weights = other.Weights;
            for (var k = 0; k < terms.Length; k++)
            {
                cosine += dense[terms[k]] * weights[k];
            }

            sum += cosine;
            closest[other.Article] = Math.Max(closest[other.Article], cosine);
            if (cosine >= threshold && cosine > bestScore[other.Article])
            {
                best[other.Article] = j;
                bestScore[other.Article] = cosine;
            }
        }

        foreach (var t in self.Terms)
        {
            dense[t] = 0;
        }

        reached = closest.Sum();
        return best.Where(j => j >= 0).ToArray();
    }

    /// <summary>Degree centrality (sum of cosines to other articles' sentences) of the given sentences.</summary>
    public double[] Centrality(IReadOnlyList<int> sentences)
    {
        foreach (var i in sentences)
        {
            _ = Support(i);
        }

        return centrality;
    }

    public Claim ClaimFor(int i)
    {
        var s = table.Sentences[i];
        var spans = new List<SourceSpan> { new(s.SourceId, s.Start, s.End) };
        foreach (var j in Citing(i))
        {
            var o = table.Sentences[j];
            spans.Add(new SourceSpan(o.SourceId, o.Start, o.End));
        }

        spans.Sort((x, y) => x.SourceId != y.SourceId ? x.SourceId.CompareTo(y.SourceId) : x.Start.CompareTo(y.Start));
        var sources = spans.Select(x => x.SourceId).Distinct().Order().ToArray();
        return new Claim(s.Text, sources, spans);
    }

    /// <summary>
    /// How central sentence <paramref name="i"/> is to the story: over the other articles, how close each one's nearest
    /// sentence comes to it (so what most outlets report, in about these words, about the main event ranks high).
    /// </summary>
    public double Reach(int i)
    {
        _ = Support(i);
        return reach[i];
    }

    /// <summary>
    /// Up to <paramref name="max"/> sentences not already in the summary, none a near-duplicate of the summary or of each
    /// other (<see cref="Repeats"/>): sentences that state a fact (a name or a figure) first, then the most central to the
    /// story (<see cref="Reach"/>), then the most corroborated, then the most salient.
    /// </summary>
    public IReadOnlyList<int> RankKeyPoints(IReadOnlyList<int> candidates, IReadOnlyList<int> chosen, double[] salience, int max)
    {
        if (max == 0)
        {
            return [];
        }

        var taken = new List<int>(chosen);
        var blocked = new HashSet<int>(chosen.SelectMany(Support));
        var ranked = candidates
            .Where(c => !taken.Contains(c) && !blocked.Contains(c))
            .Select(c => (Index: c, Concrete: SameFacts?.StatesAFact(c) ?? true, Reach: Reach(c), Sources: Support(c).Select(j => table.Sentences[j].SourceId).Distinct().Count()))
            .OrderByDescending(x => x.Concrete)
            .ThenByDescending(x => x.Reach)
            .ThenByDescending(x => x.Sources)
            .ThenByDescending(x => salience[x.Index])
            .ThenBy(x => x.Index)
            .ToList();
        var result = new List<int>();
        foreach (var (index, _, _, _) in ranked)
        {
            if (result.Count == max)
            {
                break;
            }

            if (blocked.Contains(index) || taken.Any(t => RepeatsLoosely(t, index)))
            {
                continue;
            }

            taken.Add(index);
            blocked.UnionWith(Support(index));
            result.Add(index);
        }

        return result;
    }

    /// <summary>True when sentences <paramref name="x"/> and <paramref name="y"/> are one claim: either is the other or reports the same.</summary>
    public bool Reports(int x, int y) => x == y || Support(x).Contains(y) || Support(y).Contains(x);

    // A looser test than for citing: a key point that half-repeats the summary adds little.
    private bool RepeatsLoosely(int x, int y) =>
        SentenceTable.Cosine(table.Sentences[x], table.Sentences[y]) >= overlapThreshold || SameFacts?.Repeats(x, y, SameFactOverlap) == true;
}
