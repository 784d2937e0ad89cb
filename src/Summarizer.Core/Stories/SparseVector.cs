namespace Summarizer.Stories;

/// <summary>Weights over interned ids, ids ascending: a dot product is one merge of two short arrays.</summary>
internal readonly record struct SparseVector(int[] Ids, double[] Weights)
{
    public static readonly SparseVector Empty = new([], []);

    public int Count => Ids.Length;

    public double Dot(SparseVector other)
    {
        var sum = 0.0;
        int a = 0, b = 0;
        while (a < Ids.Length && b < other.Ids.Length)
        {
            var (x, y) = (Ids[a], other.Ids[b]);
            if (x == y)
            {
                sum += Weights[a++] * other.Weights[b++];
            }
            else if (x < y)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return sum;
    }

    /// <summary>Sorted by id and scaled to unit length (an all-zero vector stays as it is).</summary>
    public static SparseVector Normalized(List<(int Id, double Weight)> weights)
    {
        weights.Sort((x, y) => x.Id.CompareTo(y.Id));
        var norm = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        var scale = norm > 0 ? 1 / norm : 1;
        return new SparseVector([.. weights.Select(w => w.Id)], [.. weights.Select(w => w.Weight * scale)]);
    }

    /// <summary>Splits into the entries whose id <paramref name="rare"/> accepts and the others.</summary>
    public (SparseVector Rare, SparseVector Common) Split(Func<int, bool> rare)
    {
        var rareIds = new List<int>();
        var rareWeights = new List<double>();
        var commonIds = new List<int>();
        var commonWeights = new List<double>();
        for (var i = 0; i < Ids.Length; i++)
        {
            (rare(Ids[i]) ? rareIds : commonIds).Add(Ids[i]);
            (rare(Ids[i]) ? rareWeights : commonWeights).Add(Weights[i]);
        }

        return (new SparseVector([.. rareIds], [.. rareWeights]), new SparseVector([.. commonIds], [.. commonWeights]));
    }
}
