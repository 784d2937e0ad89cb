namespace Summarizer.Extractive;

/// <summary>
/// Picks sentences that cover the most concept weight within a word budget: the objective of the
/// concept ILP of Gillick and Favre (2009), solved greedily by gain per word (which the
/// budgeted-coverage guarantee pairs with the best single sentence) and then improved by swaps.
/// Redundancy is handled by the objective (a concept counts once) plus a cosine cap.
/// </summary>
internal static class BudgetedSelector
{
    /// <param name="items">For each sentence, its concept ids; sentences with no entry never count.</param>
    /// <param name="concepts">Concept weights by id.</param>
    /// <param name="bonus">Additive per-sentence value (position prior); may be null.</param>
    /// <param name="tooSimilar">Rejects a pair of sentences as near-duplicates; may be null.</param>
    /// <param name="cancellationToken">Checked once per pass over the candidates.</param>
    /// <param name="kept">Sentences the selection must hold (taken first, never swapped out); null for none.</param>
    public static List<int> Select(
        IReadOnlyList<int> candidates,
        Func<int, int[]> items,
        Func<int, int> words,
        double[] concepts,
        double[]? bonus,
        int budget,
        double lengthExponent,
        Func<int, int, bool>? tooSimilar,
        CancellationToken cancellationToken,
        IReadOnlyList<int>? kept = null)
    {
        var covered = new int[concepts.Length];
        var selected = new List<int>(kept ?? []);
        var used = selected.Sum(words);
        foreach (var id in selected.SelectMany(items))
        {
            covered[id]++;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = -1;
            var bestScore = 0.0;
            foreach (var c in candidates)
            {
                if (used + words(c) > budget || selected.Contains(c) || Conflicts(c, selected, tooSimilar))
                {
                    continue;
                }

                var gain = Gain(items(c), concepts, covered) + (bonus?[c] ?? 0);
                var score = gain / Math.Pow(words(c), lengthExponent);
                if (gain > 0 && score > bestScore)
                {
                    best = c;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                break;
            }

            selected.Add(best);
            used += words(best);
            foreach (var id in items(best))
            {
                covered[id]++;
            }
        }

        Improve(selected, candidates, items, words, concepts, bonus, budget, tooSimilar, cancellationToken, kept?.Count ?? 0);
        if (kept is { Count: > 0 })
        {
            return selected;
        }

        // Greedy by ratio can starve one long, valuable sentence; the best single sentence bounds that loss.
        var value = Objective(selected, items, concepts, bonus);
        var single = -1;
        foreach (var c in candidates)
        {
            var alone = Objective([c], items, concepts, bonus);
            if (words(c) <= budget && alone > value + 1e-9)
            {
                single = c;
                value = alone;
            }
        }

        if (single >= 0)
        {
            selected.Clear();
            selected.Add(single);
            Improve(selected, candidates, items, words, concepts, bonus, budget, tooSimilar, cancellationToken);
        }

        return selected;
    }

    public static double Objective(IReadOnlyList<int> selected, Func<int, int[]> items, double[] concepts, double[]? bonus)
    {
        var seen = new HashSet<int>();
        double total = 0;
        foreach (var s in selected)
        {
            total += bonus?[s] ?? 0;
            foreach (var id in items(s))
            {
                if (seen.Add(id))
                {
                    total += concepts[id];
                }
            }
        }

        return total;
    }

    private static double Gain(int[] ids, double[] concepts, int[] covered)
    {
        double gain = 0;
        foreach (var id in ids)
        {
            if (covered[id] == 0)
            {
                gain += concepts[id];
            }
        }

        return gain;
    }

    private static bool Conflicts(int c, List<int> selected, Func<int, int, bool>? tooSimilar)
    {
        if (tooSimilar is null)
        {
            return false;
        }

        foreach (var s in selected)
        {
            if (tooSimilar(c, s))
            {
                return true;
            }
        }

        return false;
    }

    // First-improvement local search: swap one chosen sentence for one outside, or add one, while the
    // objective rises. Gains are computed from coverage counts, so a trial costs the two sentences'
    // concept lists, not a recount; bounded passes keep the worst case small.
    private static void Improve(
        List<int> selected,
        IReadOnlyList<int> candidates,
        Func<int, int[]> items,
        Func<int, int> words,
        double[] concepts,
        double[]? bonus,
        int budget,
        Func<int, int, bool>? tooSimilar,
        CancellationToken cancellationToken,
        int firstFree = 0)
    {
        var covered = new int[concepts.Length];
        var used = 0;
        foreach (var s in selected)
        {
            used += words(s);
            foreach (var id in items(s))
            {
                covered[id]++;
            }
        }

        for (var pass = 0; pass < 4; pass++)
        {
            var improved = false;
            for (var slot = -1; slot < selected.Count; slot++)
            {
                if (slot >= 0 && slot < firstFree)
                {
                    continue; // a kept sentence stays
                }

                cancellationToken.ThrowIfCancellationRequested();
                foreach (var c in candidates)
                {
                    var outgoing = slot < 0 ? -1 : selected[slot];
                    var freed = outgoing < 0 ? 0 : words(outgoing);
                    if (selected.Contains(c) || used - freed + words(c) > budget)
                    {
                        continue;
                    }

                    var loss = 0.0;
                    if (outgoing >= 0)
                    {
                        loss = bonus?[outgoing] ?? 0;
                        foreach (var id in items(outgoing))
                        {
                            if (--covered[id] == 0)
                            {
                                loss += concepts[id];
                            }
                        }
                    }

                    var gain = Gain(items(c), concepts, covered) + (bonus?[c] ?? 0);
                    var accept = gain > loss + 1e-9 && !ConflictsExcept(c, selected, slot, tooSimilar);
                    var keep = accept ? c : outgoing;
                    if (outgoing >= 0)
                    {
                        foreach (var id in items(outgoing))
                        {
                            covered[id]++;
                        }
                    }

                    if (!accept)
                    {
                        continue;
                    }

                    if (outgoing >= 0)
                    {
                        foreach (var id in items(outgoing))
                        {
                            covered[id]--;
                        }

                        selected[slot] = keep;
                    }
                    else
                    {
                        selected.Add(keep);
                        slot = selected.Count - 1; // further trials replace the sentence just added
                    }

                    foreach (var id in items(keep))
                    {
                        covered[id]++;
                    }

                    used = used - freed + words(keep);
                    improved = true;
                }
            }

            if (!improved)
            {
                break;
            }
        }
    }

    private static bool ConflictsExcept(int c, List<int> selected, int skip, Func<int, int, bool>? tooSimilar)
    {
        if (tooSimilar is null)
        {
            return false;
        }

        for (var k = 0; k < selected.Count; k++)
        {
            if (k != skip && tooSimilar(c, selected[k]))
            {
                return true;
            }
        }

        return false;
    }
}
