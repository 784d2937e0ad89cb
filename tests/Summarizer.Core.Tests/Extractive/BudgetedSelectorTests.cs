using FsCheck;
using FsCheck.Fluent;
using Summarizer.Extractive;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Extractive;

public class BudgetedSelectorTests
{
    private static List<int> Select(int[][] items, int[] words, double[] concepts, int budget) =>
        BudgetedSelector.Select([.. Enumerable.Range(0, items.Length)], i => items[i], i => words[i], concepts, null, budget, 1.0, null, CancellationToken.None);

    [Fact]
    public void Prefers_one_valuable_long_sentence_when_greedy_ratio_would_starve_it()
    {
        // Greedy by gain per word takes s0 (3 per word), then only s2 fits: 3 + 1 = 4.
        // s1 alone covers 4 + 4 = 8 within the budget of 3 words.
        int[][] items = [[0], [2, 3], [1]];
        var selected = Select(items, [1, 3, 2], [3, 1, 4, 4], budget: 3);
        Assert.Equal([1], selected);
    }

    [Fact]
    public void Counts_a_shared_concept_once()
    {
        // s0 and s1 both cover concept 0 (worth 10); s2 covers concept 1 (worth 2). Budget fits two.
        int[][] items = [[0], [0], [1]];
        var selected = Select(items, [1, 1, 1], [10, 2], budget: 2);
        Assert.Equal([0, 2], selected.Order());
    }

    [Fact]
    public void Never_exceeds_the_budget_and_matches_brute_force_on_small_problems() =>
        Prop.ForAll(
            Gen.Choose(1, 6).ArrayOf(6).ToArbitrary(),
            Gen.Choose(0, 4).ArrayOf(6).ToArbitrary(),
            Gen.Choose(3, 12).ToArbitrary(),
            (words, conceptOf, budget) =>
            {
                int[][] items = [.. conceptOf.Select((c, i) => new[] { c, (c + i) % 5 }.Distinct().Order().ToArray())];
                double[] concepts = [5, 3, 2, 1, 4];
                var selected = Select(items, words, concepts, budget);
                var value = BudgetedSelector.Objective(selected, i => items[i], concepts, null);
                var best = 0.0;
                for (var mask = 0; mask < 1 << 6; mask++)
                {
                    var set = Enumerable.Range(0, 6).Where(i => (mask & (1 << i)) != 0).ToList();
                    if (set.Sum(i => words[i]) <= budget)
                    {
                        best = Math.Max(best, BudgetedSelector.Objective(set, i => items[i], concepts, null));
                    }
                }

                // Greedy plus swaps is not exact, but it keeps the budget and stays within the classic bound.
                return selected.Sum(i => words[i]) <= budget && value >= best * (1 - 1 / Math.E) / 2 - 1e-9;
            }).Check(PropertyConfig.Default);
}
