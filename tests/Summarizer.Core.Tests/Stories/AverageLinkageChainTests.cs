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
}
