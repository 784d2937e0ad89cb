using Summarizer.Evaluation.Stories;

namespace Summarizer.Core.Tests.Evaluation.Stories;

public class PairwiseScoreTests
{
    private static readonly Dictionary<int, string> Truth = new() { [1] = "a", [2] = "a", [3] = "a", [4] = "b", [5] = "b" };

    [Fact]
    public void Counts_pairs_from_the_contingency_of_groups_and_truth()
    {
        // True pairs: 3 of a + 1 of b. Put together: {1,2} and {3,4,5}: 1 + 3, of which (1,2) and (4,5) are right.
        var score = PairwiseScore.Of(Truth, [[1, 2], [3, 4, 5]]);

        Assert.Equal(new PairwiseScore(4, 4, 2), score);
        Assert.Equal(0.5, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
        Assert.Equal(0.5, score.F1, 12);
    }

    [Fact]
    public void A_perfect_grouping_scores_one_and_all_singletons_recall_nothing()
    {
        Assert.Equal(1, PairwiseScore.Of(Truth, [[5, 4], [3, 1, 2]]).F1, 12);

        var singletons = PairwiseScore.Of(Truth, Truth.Keys.Select(k => new[] { k }));
        Assert.Equal(new PairwiseScore(4, 0, 0), singletons);
        Assert.Equal(1, singletons.Precision);
        Assert.Equal(0, singletons.F1);
    }

    [Fact]
    public void Refuses_an_item_missing_doubled_or_unknown()
    {
        Assert.Throws<ArgumentException>(() => PairwiseScore.Of(Truth, [[1, 2, 3, 4]]));
        Assert.Throws<ArgumentException>(() => PairwiseScore.Of(Truth, [[1, 2, 3], [3, 4, 5]]));
        Assert.Throws<ArgumentException>(() => PairwiseScore.Of(Truth, [[1, 2, 3, 4, 5, 6]]));
    }
}
