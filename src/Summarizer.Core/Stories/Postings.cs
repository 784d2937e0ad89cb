namespace Summarizer.Stories;

/// <summary>
/// Inverted index (compressed rows): for each id, the articles holding it in ascending order with their weights,
/// so the articles after a given one are a suffix found by binary search.
/// </summary>
internal sealed class Postings
{
    private readonly int[] _start;
    private readonly int[] _articles;
    private readonly double[] _weights;

    private Postings(int[] start, int[] articles, double[] weights) => (_start, _articles, _weights) = (start, articles, weights);

    public static Postings Of(SparseVector[] vectors)
    {
        var maxId = vectors.Select(v => v.Count == 0 ? -1 : v.Ids[^1]).DefaultIfEmpty(-1).Max();
        var start = new int[maxId + 2];
        foreach (var v in vectors)
        {
            foreach (var id in v.Ids)
            {
                start[id + 1]++;
            }
        }

        for (var id = 0; id <= maxId; id++)
        {
            start[id + 1] += start[id];
        }

        var fill = (int[])start.Clone();
        var articles = new int[start[^1]];
        var weights = new double[start[^1]];
        for (var i = 0; i < vectors.Length; i++)
        {
            for (var k = 0; k < vectors[i].Count; k++)
            {
                var at = fill[vectors[i].Ids[k]]++;
                articles[at] = i;
                weights[at] = vectors[i].Weights[k];
            }
        }

        return new Postings(start, articles, weights);
    }

    /// <summary>The articles after <paramref name="article"/> that hold <paramref name="id"/>, with their weights.</summary>
    public (ReadOnlyMemory<int> Articles, ReadOnlyMemory<double> Weights) After(int id, int article)
    {
        var (from, to) = (_start[id], _start[id + 1]);
        var at = Array.BinarySearch(_articles, from, to - from, article);
        var first = at >= 0 ? at + 1 : ~at;
        return (_articles.AsMemory(first, to - first), _weights.AsMemory(first, to - first));
    }
}
