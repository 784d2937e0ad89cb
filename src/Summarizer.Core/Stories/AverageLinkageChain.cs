namespace Summarizer.Stories;

/// <summary>
/// Average-linkage agglomeration over a sparse similarity graph by the nearest-neighbour chain: follow each cluster
/// to its most similar neighbour until two clusters are each other's nearest, then merge them. Average linkage is
/// reducible (a merged cluster is never closer to a third than the nearer of its parts), so this makes the same
/// merges as always merging the globally most similar pair, and a cluster whose nearest neighbour is below the
/// threshold is final. Missing pairs count as 0, so the cost follows the graph's pairs, not n^2.
/// </summary>
/// <remarks>
/// Each cluster keeps a flat list of (slot, summed similarity) towards other slots, and a merge only appends one list
/// to the other: no neighbour's list is touched. Entries naming a slot that has since been merged away are resolved
/// through a union-find parent and folded together the next time the list is read. So a day's lists never hold more
/// than the graph's pairs twice, as two arrays of 4-byte values, where a hash map per cluster, updated on both sides
/// of every merge, held several times that (6.4 GB at 20,000 articles).
/// </remarks>
internal static class AverageLinkageChain
{
    /// <summary>The groups of article indices (ascending inside a group) whose average linkage reached the threshold.</summary>
    public static List<List<int>> Cluster(SimilarityGraph graph, double threshold, CancellationToken cancellationToken, Action<int>? afterMerge = null)
    {
        var n = graph.Count;
        var clusters = new ClusterLists(graph, cancellationToken);

        // A slot holds a cluster; its label is its smallest article index, which breaks ties as a scan in id order would.
        var label = Enumerable.Range(0, n).ToArray();
        var final = new bool[n];
        var chain = new List<int>();
        var merges = 0;
        for (var start = 0; start < n; start++)
        {
            if (!clusters.IsAlive(start) || final[start])
            {
                continue;
            }

            chain.Add(start);
            while (chain.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var a = chain[^1];
                var previous = chain.Count > 1 ? chain[^2] : -1;
                var (b, linkage) = clusters.Nearest(a, previous, label);
                if (b < 0 || linkage < threshold)
                {
                    final[a] = true;
                    chain.RemoveAt(chain.Count - 1);
                }
                else if (b == previous)
                {
                    chain.RemoveRange(chain.Count - 2, 2);
                    var merged = clusters.Merge(a, b);
                    label[merged] = Math.Min(label[a], label[b]);
                    afterMerge?.Invoke(++merges);

                    // The merged cluster may sit in a slot the outer loop has passed: it goes on until it is final.
                    if (chain.Count == 0)
                    {
                        chain.Add(merged);
                    }
                }
                else
                {
                    chain.Add(b);
                }
            }
        }

        return clusters.Groups();
    }
}
