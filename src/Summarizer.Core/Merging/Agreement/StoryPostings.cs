namespace Summarizer.Merging.Agreement;

/// <summary>
/// Where each content word occurs across all the sources of a story, so "does another source restate this?" is
/// answered from the sentences that hold the claim's words instead of asking every source in turn. Sentences are
/// numbered across the story (the first source's, then the next one's); the answers are those of
/// <see cref="SourceIndex.Restates"/> and <see cref="SourceIndex.HoldsLinks"/> asked of each source of a set.
/// Holds scratch counts reused between calls: one thread at a time.
/// </summary>
internal sealed class StoryPostings
{
    private readonly IReadOnlyList<SourceIndex> _sources;
    private readonly Dictionary<int, int> _positionOf = [];

    // Story-wide sentence number -> (source position, sentence index in that source).
    private readonly (int Source, int Sentence)[] _at;

    // Content word -> story-wide numbers of the sentences holding it, ascending.
    private readonly Dictionary<string, List<int>> _sentencesWith = new(StringComparer.Ordinal);

    // Scratch, cleared after each question: per story-wide sentence, what it holds, and which were touched.
    private readonly double[] _one;
    private readonly double[] _both;
    private readonly int[] _links;
    private readonly bool[] _seen;
    private readonly List<int> _touched = [];

    public StoryPostings(IReadOnlyList<SourceIndex> sources)
    {
        _sources = sources;
        var at = new List<(int, int)>();
        for (var k = 0; k < sources.Count; k++)
        {
            _positionOf[sources[k].Id] = k;
            for (var i = 0; i < sources[k].Sentences.Count; i++)
            {
                foreach (var word in sources[k].Sentences[i].Content)
                {
                    if (!_sentencesWith.TryGetValue(word, out var holders))
                    {
                        _sentencesWith[word] = holders = [];
                    }

                    holders.Add(at.Count);
                }

                at.Add((k, i));
            }
        }

        _at = [.. at];
        _one = new double[_at.Length];
        _both = new double[_at.Length];
        _links = new int[_at.Length];
        _seen = new bool[_at.Length];
    }

    /// <summary>Which sources of the story (by position) are among <paramref name="sources"/>.</summary>
    public bool[] Among(IEnumerable<SourceIndex> sources)
    {
        var among = new bool[_sources.Count];
        foreach (var source in sources)
        {
            among[_positionOf[source.Id]] = true;
        }

        return among;
    }

    /// <summary>True when <see cref="SourceIndex.Restates"/> holds for some source marked in <paramref name="among"/>.</summary>
    public bool AnyRestates(IReadOnlySet<string> claim, StoryWordWeights weights, bool[] among, double share, double held, double holds, int minWords)
    {
        if (share <= 0 || held <= 0)
        {
            // A sentence that holds nothing of the claim could pass: ask each source, as it alone can tell.
            return Sources(among).Any(s => s.Restates(claim, weights, share, held, holds, minWords));
        }

        var total = weights.Of(claim);
        if (total <= 0)
        {
            return false;
        }

        // Summed per sentence word by word in the claim's order, as each source sums them.
        SumHeld(claim, among, weights);

        var found = false;
        foreach (var g in _touched)
        {
            var (source, i) = _at[g];
            var sentences = _sources[source].Sentences;
            if (Math.Max(_one[g], i + 1 < sentences.Count ? _both[g] : 0) >= share * total
                || (_one[g] >= held * total && sentences[i].Content.Count >= minWords && _one[g] >= holds * weights.Of(sentences[i].Content)))
            {
                found = true;
                break;
            }
        }

        Clear();
        return found;
    }

    /// <summary>True when <see cref="SourceIndex.HoldsLinks"/> holds for some source marked in <paramref name="among"/>.</summary>
    public bool AnyHoldsLinks(IReadOnlyList<(string A, string B)> links, int needed, bool[] among)
    {
        if (needed <= 0 || needed > links.Count)
        {
            return needed <= 0 && Sources(among).Any(s => s.Sentences.Count > 0);
        }

        var found = false;
        foreach (var (a, b) in links)
        {
            if (!_sentencesWith.TryGetValue(a, out var withA) || !_sentencesWith.TryGetValue(b, out var withB))
            {
                continue;
            }

            // Both lists ascend: the sentences holding both words are where they meet.
            for (int i = 0, j = 0; i < withA.Count && j < withB.Count && !found;)
            {
                if (withA[i] < withB[j])
                {
                    i++;
                }
                else if (withA[i] > withB[j])
                {
                    j++;
                }
                else
                {
                    var g = withA[i];
                    if (among[_at[g].Source])
                    {
                        Touch(g);
                        found = ++_links[g] >= needed;
                    }

                    i++;
                    j++;
                }
            }

            if (found)
            {
                break;
            }
        }

        Clear();
        return found;
    }

    /// <summary>
    /// The score <see cref="SourceIndex.BestMatch"/> (with no filter) gives <paramref name="claim"/> in each source of the
    /// story, by position, for those marked in <paramref name="among"/> (0 for the rest): every source's best passage read
    /// in one pass over the sentences that hold the claim's words.
    /// </summary>
    public double[] BestMatchScores(IReadOnlySet<string> claim, bool[] among)
    {
        var best = new double[_sources.Count];
        if (claim.Count == 0)
        {
            return best;
        }

        // Counted per sentence as each source counts them (SourceIndex.Held with every word weighing 1).
        SumHeld(claim, among, weights: null);

        foreach (var g in _touched)
        {
            var (source, i) = _at[g];
            // A passage's score as BestMatch gives it: the share of the claim it holds, a pair a little less than one sentence.
            if (_one[g] > 0)
            {
                best[source] = Math.Max(best[source], _one[g] / claim.Count);
            }

            if (_both[g] > 0 && i + 1 < _sources[source].Sentences.Count)
            {
                best[source] = Math.Max(best[source], (_both[g] / claim.Count) - 0.05);
            }
        }

        Clear();
        return best;
    }

    // Adds to each sentence of the marked sources, and to each pair of it with the sentence before, the weight of every
    // word of the claim it holds (1 each without weights), word by word in the claim's order as each source sums them;
    // Clear() resets what it touched.
    private void SumHeld(IReadOnlySet<string> claim, bool[] among, StoryWordWeights? weights)
    {
        foreach (var word in claim)
        {
            if (!_sentencesWith.TryGetValue(word, out var holders))
            {
                continue;
            }

            var w = weights?.Of(word) ?? 1;
            var previous = -2;
            foreach (var g in holders)
            {
                var (source, i) = _at[g];
                if (!among[source])
                {
                    continue;
                }

                Touch(g);
                _one[g] += w;
                _both[g] += w;
                if (i > 0 && previous != g - 1)
                {
                    Touch(g - 1);
                    _both[g - 1] += w; // the pair before it, unless the word's previous sentence already counted there
                }

                previous = g;
            }
        }
    }

    private IEnumerable<SourceIndex> Sources(bool[] among) => _sources.Where((_, k) => among[k]);

    private void Touch(int g)
    {
        if (!_seen[g])
        {
            _seen[g] = true;
            _touched.Add(g);
        }
    }

    private void Clear()
    {
        foreach (var g in _touched)
        {
            (_one[g], _both[g], _links[g], _seen[g]) = (0, 0, 0, false);
        }

        _touched.Clear();
    }
}
