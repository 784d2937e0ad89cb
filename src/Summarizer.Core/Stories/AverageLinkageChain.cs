namespace Summarizer.Stories;

/// <summary>
/// Average-linkage agglomeration over a sparse similarity graph by the nearest-neighbour chain: follow each cluster
/// to its most similar neighbour until two clusters are each other's nearest, then merge them. Average linkage is
/// reducible (a merged cluster is never closer to a third than the nearer of its parts), so this makes the same
/// merges as always merging the globally most similar pair, and a cluster whose nearest neighbour is below the
/// threshold is final. A cluster keeps, per neighbour, the sum of its pairs' similarities (missing pairs are 0), so
/// a merge adds two maps and the cost follows the graph's pairs, not n^2.
/// </summary>
internal static class AverageLinkageChain
{
    /// <summary>The groups of article indices (ascending inside a group) whose average linkage reached the threshold.</summary>
    public static List<List<int>> Cluster(SimilarityGraph graph, double threshold, CancellationToken cancellationToken, Action<int>? afterMerge = null)
    {
        var n = graph.Count;
        var sums = new Dictionary<int, double>[n];
        for (var i = 0; i < n; i++)
        {
            sums[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (j, s) in graph.Later[i])
            {
                sums[i][j] = s;
                sums[j][i] = s;
            }
        }

        // A slot holds a cluster; its label is its smallest article index, which breaks ties as a scan in id order would.
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToArray();
        var label = Enumerable.Range(0, n).ToArray();
        var alive = Enumerable.Repeat(true, n).ToArray();
        var final = new bool[n];
        var chain = new List<int>();
        var merges = 0;
        for (var start = 0; start < n; start++)
        {
            if (!alive[start] || final[start])
            {
                continue;
            }

            chain.Add(start);
            while (chain.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var a = chain[^1];
                var previous = chain.Count > 1 ? chain[^2] : -1;
                var (b, linkage) = Nearest(a, previous, sums, members, label);
                if (b < 0 || linkage < threshold)
                {
                    final[a] = true;
                    chain.RemoveAt(chain.Count - 1);
                }
                else if (b == previous)
                {
                    chain.RemoveRange(chain.Count - 2, 2);
                    var merged = Merge(a, b, sums, members, label, alive);
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

        return [.. Enumerable.Range(0, n).Where(i => alive[i]).Select(i => members[i]).OrderBy(m => m[0])];
    }

    // Ties go to the chain's previous cluster (so the chain cannot cycle), then to the smallest label.
    private static (int Slot, double Linkage) Nearest(int a, int previous, Dictionary<int, double>[] sums, List<int>[] members, int[] label)
    {
        var (best, bestLinkage) = (-1, double.NegativeInfinity);
        double sizeA = members[a].Count;
        foreach (var (k, sum) in sums[a])
        {
            var linkage = sum / (sizeA * members[k].Count);
            if (linkage > bestLinkage
                || (linkage == bestLinkage && best != previous && (k == previous || label[k] < label[best])))
            {
                (best, bestLinkage) = (k, linkage);
            }
        }

        return (best, bestLinkage);
    }

    // The cluster with fewer neighbours is folded into the other, so each merge costs the smaller map.
    private static int Merge(int a, int b, Dictionary<int, double>[] sums, List<int>[] members, int[] label, bool[] alive)
    {
        var (keep, fold) = sums[a].Count >= sums[b].Count ? (a, b) : (b, a);
        sums[keep].Remove(fold);
        foreach (var (k, sum) in sums[fold])
        {
            if (k == keep)
            {
                continue;
            }

            sums[keep][k] = sums[keep].GetValueOrDefault(k) + sum;
            var neighbour = sums[k];
            neighbour.Remove(fold);
            neighbour[keep] = neighbour.GetValueOrDefault(keep) + sum;
        }

        sums[fold] = [];
        members[keep].AddRange(members[fold]);
        members[keep].Sort();
        members[fold] = [];
        label[keep] = Math.Min(label[keep], label[fold]);
        alive[fold] = false;
        return keep;
    }
}
