namespace Summarizer.Stories;

/// <summary>
/// The story similarity of the article pairs that can matter, found without comparing all pairs: candidates are the
/// pairs that share a rare word or name (an inverted index over ids in at most <see cref="DayVectors.CommonFrequency"/>
/// articles), and a pair is kept when its similarity reaches <see cref="Floor"/>. Similarity blends TF-IDF cosine over
/// content words with IDF-weighted cosine over named entities, damped for articles far apart in time. Pairs not kept
/// count as 0 in the linkage, which on a small day (no id common) drops only pairs below the floor.
/// </summary>
internal sealed class SimilarityGraph
{
    /// <summary>
    /// Pairs below this share of the merge threshold are left out: dropping them lowers any average linkage by less
    /// than this share of the threshold, and on a large day they are mostly pairs of different stories sharing one
    /// moderately rare word. At 0.3 the 5,000-article synthetic day groups exactly as at 0.1 with 45% of the pairs.
    /// </summary>
    internal const double FloorShareOfThreshold = 0.3;

    /// <summary>
    /// A pair whose rare ids alone give less than this share of the threshold is not worth its common ids' merge: the
    /// common ids are too frequent to lift it to the floor in practice. Independent of the floor, so raising the floor
    /// drops only the pairs below it.
    /// </summary>
    internal const double CandidateShareOfThreshold = 0.05;

    /// <summary>An id in at most this many articles is never common, so a day of up to this size compares every pair sharing a word.</summary>
    internal const int MinCommonFrequency = 200;

    /// <summary>On a larger day, an id in more than this share of the articles is common.</summary>
    internal const double CommonShare = 0.05;

    // Compressed rows: the kept pairs (i, j > i) of article i are at _start[i] .. _start[i + 1], neighbours ascending.
    // Single precision halves the largest structure of a big day; similarities are far coarser than float's 7 digits.
    private readonly int[] _start;
    private readonly int[] _neighbors;
    private readonly float[] _similarities;

    private SimilarityGraph(int[] start, int[] neighbors, float[] similarities, double floor, long compared) =>
        (_start, _neighbors, _similarities, Floor, Compared) = (start, neighbors, similarities, floor, compared);

    public double Floor { get; }

    public int Count => _start.Length - 1;

    /// <summary>How many pairs were kept.</summary>
    public long PairCount => _neighbors.Length;

    /// <summary>How many article pairs the index proposed: what the cost follows, where all pairs would be n(n-1)/2.</summary>
    public long Compared { get; }

    /// <summary>Article <paramref name="i"/>'s kept pairs with later articles: their indices, ascending.</summary>
    public ReadOnlySpan<int> Later(int i) => _neighbors.AsSpan(_start[i], _start[i + 1] - _start[i]);

    /// <summary>The similarities of <see cref="Later"/>'s pairs, in the same order.</summary>
    public ReadOnlySpan<float> LaterSimilarities(int i) => _similarities.AsSpan(_start[i], _start[i + 1] - _start[i]);

    /// <summary>A graph of given pairs (i &lt; j), for tests of what runs on it.</summary>
    internal static SimilarityGraph Of(int count, IEnumerable<(int I, int J, double Similarity)> pairs)
    {
        var rows = new Rows(count);
        var sorted = pairs.OrderBy(p => p.I).ThenBy(p => p.J).ToList();
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            for (; at < sorted.Count && sorted[at].I == i; at++)
            {
                rows.Add(sorted[at].J, sorted[at].Similarity);
            }

            rows.EndRow(i);
        }

        return rows.ToGraph(0, sorted.Count);
    }

    public static SimilarityGraph Build(
        IReadOnlyList<ArticleFeatures> features,
        StoryClusteringOptions options,
        CancellationToken cancellationToken,
        Action<int>? afterRow = null)
    {
        var n = features.Count;
        var vectors = DayVectors.Build(features, Math.Max(MinCommonFrequency, (int)(n * CommonShare)), cancellationToken);

        // Only the dates are needed from here on, so the features (words, names, the articles) are not held by the loop.
        var published = features.Select(f => f.Article.Metadata.PublishedAt).ToArray();
        var floor = options.Threshold * FloorShareOfThreshold;
        var candidate = options.Threshold * CandidateShareOfThreshold;
        var rows = new Rows(n);
        var content = new double[n];
        var entity = new double[n];
        var seen = new bool[n];
        var touched = new List<int>();
        var compared = 0L;
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Accumulate(vectors.RareTerms[i], vectors.TermPostings, i, content, seen, touched);
            Accumulate(vectors.RareEntities[i], vectors.EntityPostings, i, entity, seen, touched);
            touched.Sort();
            compared += touched.Count;
            foreach (var j in touched)
            {
                // The rare ids' share is a lower bound; only a pair near the floor pays for the common ids' merge.
                if (Similarity(published, options, vectors, i, j, content[j], entity[j]) >= candidate)
                {
                    var exact = Similarity(
                        published,
                        options,
                        vectors,
                        i,
                        j,
                        content[j] + vectors.CommonTerms[i].Dot(vectors.CommonTerms[j]),
                        entity[j] + vectors.CommonEntities[i].Dot(vectors.CommonEntities[j]));
                    if (exact >= floor)
                    {
                        rows.Add(j, exact);
                    }
                }

                (content[j], entity[j], seen[j]) = (0, 0, false);
            }

            touched.Clear();
            rows.EndRow(i);
            afterRow?.Invoke(i + 1);
        }

        return rows.ToGraph(floor, compared);
    }

    private static void Accumulate(SparseVector vector, Postings postings, int article, double[] sums, bool[] seen, List<int> touched)
    {
        for (var k = 0; k < vector.Count; k++)
        {
            var weight = vector.Weights[k];
            var (articles, weights) = postings.After(vector.Ids[k], article);
            var others = articles.Span;
            var otherWeights = weights.Span;
            for (var p = 0; p < others.Length; p++)
            {
                var j = others[p];
                if (!seen[j])
                {
                    seen[j] = true;
                    touched.Add(j);
                }

                sums[j] += weight * otherWeights[p];
            }
        }
    }

    private static double Similarity(
        DateTimeOffset?[] published,
        StoryClusteringOptions options,
        DayVectors vectors,
        int i,
        int j,
        double content,
        double entity)
    {
        // An article without recognisable names (a short brief, an all-lowercase feed) is judged on its words
        // alone rather than punished for the missing signal.
        var value = vectors.Entities[i].Count == 0 || vectors.Entities[j].Count == 0
            ? content
            : ((1 - options.EntityWeight) * content) + (options.EntityWeight * entity);
        if (published[i] is { } a
            && published[j] is { } b
            && (a - b).Duration() > options.MaxTimeApart)
        {
            value *= options.DistantTimeFactor;
        }

        return value;
    }

    // The rows as they are found, appended in article order.
    private sealed class Rows(int count)
    {
        private readonly int[] _start = new int[count + 1];
        private readonly List<int> _neighbors = [];
        private readonly List<float> _similarities = [];

        public void Add(int neighbor, double similarity)
        {
            _neighbors.Add(neighbor);
            _similarities.Add((float)similarity);
        }

        public void EndRow(int i) => _start[i + 1] = _neighbors.Count;

        public SimilarityGraph ToGraph(double floor, long compared) =>
            new(_start, [.. _neighbors], [.. _similarities], floor, compared);
    }
}
