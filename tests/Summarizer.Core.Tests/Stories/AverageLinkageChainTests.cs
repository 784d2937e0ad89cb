using Summarizer.Stories;

namespace Summarizer.Core.Tests.Stories;

public class AverageLinkageChainTests
{
    [Fact]
    public void A_merged_pair_left_in_a_slot_already_passed_still_merges_on()
    {
        // Two tight pairs (0,1) and (2,3), each close to the other at 0.6; articles 0 and 2 also weakly touch 4, so
        // each pair's merge lands in its lower slot, one the outer loop has already passed.
        var graph = SimilarityGraph.Of(5, [(0, 1, 0.9), (2, 3, 0.9), (0, 2, 0.6), (0, 3, 0.6), (1, 2, 0.6), (1, 3, 0.6), (0, 4, 0.05), (2, 4, 0.05)]);

        var groups = AverageLinkageChain.Cluster(graph, threshold: 0.3, CancellationToken.None);

        Assert.Equal(["0 1 2 3", "4"], groups.Select(g => string.Join(' ', g)));
    }

    [Fact]
    public void Merges_by_average_not_by_the_closest_pair()
    {
        // 2 is close to 1 (0.5) but not to 0 (missing: 0), so its average to {0,1} is 0.25, below the threshold.
        var graph = SimilarityGraph.Of(3, [(0, 1, 0.9), (1, 2, 0.5)]);

        var groups = AverageLinkageChain.Cluster(graph, threshold: 0.3, CancellationToken.None);

        Assert.Equal(["0 1", "2"], groups.Select(g => string.Join(' ', g)));
    }

    [Fact]
    public void Holds_a_dense_day_in_a_few_bytes_per_pair()
    {
        // Four stories of 150 articles, every pair inside a story at 0.2-0.6 (fixed seed): 44,700 pairs. A hash map per
        // cluster, updated on both sides of every merge, allocated about 140 bytes per pair here; flat lists of
        // 4-byte ids and sums, appended on merge, about 40.
        const int Stories = 4;
        const int PerStory = 150;
        var random = new Random(14);
        var pairs = new List<(int, int, double)>();
        for (var story = 0; story < Stories; story++)
        {
            for (var i = 0; i < PerStory; i++)
            {
                for (var j = i + 1; j < PerStory; j++)
                {
                    pairs.Add(((story * PerStory) + i, (story * PerStory) + j, 0.2 + (0.4 * random.NextDouble())));
                }
            }
        }

        var graph = SimilarityGraph.Of(Stories * PerStory, pairs);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var groups = AverageLinkageChain.Cluster(graph, threshold: 0.15, CancellationToken.None);
        var perPair = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / pairs.Count;

        Assert.Equal(Stories, groups.Count);
        Assert.True(perPair < 80, $"{perPair:F0} bytes allocated per pair");
    }
}
