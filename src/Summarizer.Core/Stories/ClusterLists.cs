namespace Summarizer.Stories;

/// <summary>
/// The clusters of <see cref="AverageLinkageChain"/>: per live slot, its size and a list of (slot, summed similarity)
/// entries whose slots may have been merged away since (resolved by union-find when the list is next read).
/// </summary>
internal sealed class ClusterLists
{
    private readonly int[] _parent;
    private readonly int[] _size;
    private readonly int[][] _ids;
    private readonly float[][] _sums;
    private readonly int[] _count;

    // Scratch for folding one list: the summed similarity per live slot, and which slots it touched.
    private readonly double[] _acc;
    private readonly bool[] _seen;
    private readonly List<int> _touched = [];

    public ClusterLists(SimilarityGraph graph, CancellationToken cancellationToken)
    {
        var n = graph.Count;
        (_parent, _size, _count, _acc, _seen) = (new int[n], new int[n], new int[n], new double[n], new bool[n]);
        for (var i = 0; i < n; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
            foreach (var j in graph.Later(i))
            {
                _count[i]++;
                _count[j]++;
            }
        }

        _ids = new int[n][];
        _sums = new float[n][];
        for (var i = 0; i < n; i++)
        {
            (_ids[i], _sums[i]) = (new int[_count[i]], new float[_count[i]]);
        }

        var fill = new int[n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var later = graph.Later(i);
            var similarities = graph.LaterSimilarities(i);
            for (var k = 0; k < later.Length; k++)
            {
                var j = later[k];
                (_ids[i][fill[i]], _sums[i][fill[i]++]) = (j, similarities[k]);
                (_ids[j][fill[j]], _sums[j][fill[j]++]) = (i, similarities[k]);
            }
        }
    }

    public bool IsAlive(int slot) => _parent[slot] == slot;

    /// <summary>
    /// The live slot with the highest average linkage to <paramref name="a"/>, or -1 when it has no neighbour. Ties go to
    /// <paramref name="previous"/> (so the chain cannot cycle), then to the smallest label. Folds <paramref name="a"/>'s
    /// list to one entry per live slot on the way.
    /// </summary>
    public (int Slot, double Linkage) Nearest(int a, int previous, int[] label)
    {
        Fold(a);
        var (ids, sums) = (_ids[a], _sums[a]);
        var (best, bestLinkage) = (-1, double.NegativeInfinity);
        double sizeA = _size[a];
        for (var e = 0; e < _count[a]; e++)
        {
            var k = ids[e];
            var linkage = sums[e] / (sizeA * _size[k]);
            if (linkage > bestLinkage
                || (linkage == bestLinkage && best != previous && (k == previous || label[k] < label[best])))
            {
                (best, bestLinkage) = (k, linkage);
            }
        }

        return (best, bestLinkage);
    }

    /// <summary>Merges two live slots; returns the slot that holds the result.</summary>
    public int Merge(int a, int b)
    {
        var (keep, fold) = _count[a] >= _count[b] ? (a, b) : (b, a);
        var total = _count[keep] + _count[fold];
        if (total > _ids[keep].Length)
        {
            Array.Resize(ref _ids[keep], total);
            Array.Resize(ref _sums[keep], total);
        }

        Array.Copy(_ids[fold], 0, _ids[keep], _count[keep], _count[fold]);
        Array.Copy(_sums[fold], 0, _sums[keep], _count[keep], _count[fold]);
        _count[keep] = total;
        (_ids[fold], _sums[fold], _count[fold]) = ([], [], 0);
        _parent[fold] = keep;
        _size[keep] += _size[fold];
        return keep;
    }

    /// <summary>The live clusters' article indices, ascending inside each, ordered by their first article.</summary>
    public List<List<int>> Groups()
    {
        var groups = new Dictionary<int, List<int>>();
        var ordered = new List<List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
                ordered.Add(members);
            }

            members.Add(i);
        }

        return ordered;
    }

    // One entry per live neighbour, the entries inside the cluster dropped; a list left mostly empty is reallocated.
    private void Fold(int a)
    {
        var (ids, sums) = (_ids[a], _sums[a]);
        for (var e = 0; e < _count[a]; e++)
        {
            var k = Find(ids[e]);
            if (k == a)
            {
                continue;
            }

            if (!_seen[k])
            {
                _seen[k] = true;
                _touched.Add(k);
            }

            _acc[k] += sums[e];
        }

        var kept = _touched.Count;
        if (kept * 2 < ids.Length)
        {
            (ids, sums) = (new int[kept], new float[kept]);
            (_ids[a], _sums[a]) = (ids, sums);
        }

        for (var e = 0; e < kept; e++)
        {
            var k = _touched[e];
            (ids[e], sums[e]) = (k, (float)_acc[k]);
            (_acc[k], _seen[k]) = (0, false);
        }

        _count[a] = kept;
        _touched.Clear();
    }

    // Path halving keeps the parent chains short without recursion.
    private int Find(int slot)
    {
        while (_parent[slot] != slot)
        {
            _parent[slot] = _parent[_parent[slot]];
            slot = _parent[slot];
        }

        return slot;
    }
}
