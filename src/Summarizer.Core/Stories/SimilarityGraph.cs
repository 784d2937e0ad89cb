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
    /// <summary>Pairs below this share of the merge threshold are left out: they barely move an average.</summary>
    internal const double FloorShareOfThreshold = 0.1;

    /// <summary>An id in at most this many articles is never common, so a day of up to this size compares every pair sharing a word.</summary>
    internal const int MinCommonFrequency = 200;

    /// <summary>On a larger day, an id in more than this share of the articles is common.</summary>
    internal const double CommonShare = 0.05;

    private SimilarityGraph(List<(int Neighbor, double Similarity)>[] later, double floor, long compared) =>
        (Later, Floor, Compared) = (later, floor, compared);

    /// <summary>For each article, its kept pairs with later articles (by index), neighbours ascending.</summary>
    public IReadOnlyList<List<(int Neighbor, double Similarity)>> Later { get; }

    public double Floor { get; }

    public int Count => Later.Count;

    /// <summary>How many article pairs the index proposed: what the cost follows, where all pairs would be n(n-1)/2.</summary>
    public long Compared { get; }

    /// <summary>A graph of given pairs (i &lt; j), for tests of what runs on it.</summary>
    internal static SimilarityGraph Of(int count, IEnumerable<(int I, int J, double Similarity)> pairs)
    {
        var later = Enumerable.Range(0, count).Select(_ => new List<(int, double)>()).ToArray();
        foreach (var (i, j, s) in pairs.OrderBy(p => p.I).ThenBy(p => p.J))
        {
            later[i].Add((j, s));
        }

        return new SimilarityGraph(later, 0, later.Sum(r => r.Count));
    }

    public static SimilarityGraph Build(
        IReadOnlyList<ArticleFeatures> features,
        StoryClusteringOptions options,
        CancellationToken cancellationToken,
        Action<int>? afterRow = null)
    {
        var n = features.Count;
        var vectors = DayVectors.Build(features, Math.Max(MinCommonFrequency, (int)(n * CommonShare)), cancellationToken);
        var floor = options.Threshold * FloorShareOfThreshold;
        var later = new List<(int, double)>[n];
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
            var row = new List<(int, double)>();
            foreach (var j in touched)
            {
                // The rare ids' share is a lower bound; only a pair near the floor pays for the common ids' merge.
                if (Similarity(features, options, vectors, i, j, content[j], entity[j]) >= floor / 2)
                {
                    var exact = Similarity(
                        features,
                        options,
                        vectors,
                        i,
                        j,
                        content[j] + vectors.CommonTerms[i].Dot(vectors.CommonTerms[j]),
                        entity[j] + vectors.CommonEntities[i].Dot(vectors.CommonEntities[j]));
                    if (exact >= floor)
                    {
                        row.Add((j, exact));
                    }
                }

                (content[j], entity[j], seen[j]) = (0, 0, false);
            }

            touched.Clear();
            later[i] = row;
            afterRow?.Invoke(i + 1);
        }

        return new SimilarityGraph(later, floor, compared);
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
        IReadOnlyList<ArticleFeatures> features,
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
        if (features[i].Article.Metadata.PublishedAt is { } a
            && features[j].Article.Metadata.PublishedAt is { } b
            && (a - b).Duration() > options.MaxTimeApart)
        {
            value *= options.DistantTimeFactor;
        }

        return value;
    }
}
