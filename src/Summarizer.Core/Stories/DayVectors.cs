namespace Summarizer.Stories;

/// <summary>
/// A day's articles as TF-IDF vectors over interned ids: stemmed content words (sublinear term frequency) and
/// named entities (IDF only), each unit length, and each split into its rare part (ids in at most
/// <see cref="CommonFrequency"/> articles, indexed for finding candidate pairs) and its common part (compared only
/// for pairs already found).
/// </summary>
internal sealed class DayVectors
{
    private DayVectors(SparseVector[] terms, SparseVector[] entities, int commonFrequency)
    {
        Terms = terms;
        Entities = entities;
        CommonFrequency = commonFrequency;
        (RareTerms, CommonTerms, TermPostings) = Index(terms, commonFrequency);
        (RareEntities, CommonEntities, EntityPostings) = Index(entities, commonFrequency);
    }

    public SparseVector[] Terms { get; }

    public SparseVector[] Entities { get; }

    /// <summary>An id in more articles than this is common: it joins many stories, so it proposes no pairs.</summary>
    public int CommonFrequency { get; }

    public SparseVector[] RareTerms { get; }

    public SparseVector[] CommonTerms { get; }

    public Postings TermPostings { get; }

    public SparseVector[] RareEntities { get; }

    public SparseVector[] CommonEntities { get; }

    public Postings EntityPostings { get; }

    public int Count => Terms.Length;

    public static DayVectors Build(IReadOnlyList<ArticleFeatures> features, int commonFrequency, CancellationToken cancellationToken)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var entityIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var termCounts = new List<(int Id, double Count)>[features.Count];
        var entityLists = new int[features.Count][];
        var termDf = new List<int>();
        var entityDf = new List<int>();
        for (var i = 0; i < features.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            termCounts[i] = [.. features[i].Terms.Select(t => (Intern(termIds, termDf, t.Key), t.Value))];
            entityLists[i] = [.. features[i].Entities.Select(e => Intern(entityIds, entityDf, e))];
        }

        // Smoothed IDF (never zero), so on a small day where every article shares a word, that word still
        // counts; on a large day it counts little.
        var n = features.Count;
        double Idf(List<int> df, int id) => Math.Log((n + 1.0) / (df[id] + 1.0)) + 1;
        var terms = new SparseVector[n];
        var entities = new SparseVector[n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            terms[i] = SparseVector.Normalized([.. termCounts[i].Select(t => (t.Id, (1 + Math.Log(t.Count)) * Idf(termDf, t.Id)))]);
            entities[i] = SparseVector.Normalized([.. entityLists[i].Select(e => (e, Idf(entityDf, e)))]);
        }

        return new DayVectors(terms, entities, commonFrequency);
    }

    private static int Intern(Dictionary<string, int> ids, List<int> df, string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids[key] = id;
            df.Add(0);
        }

        df[id]++;
        return id;
    }

    private static (SparseVector[] Rare, SparseVector[] Common, Postings Postings) Index(SparseVector[] vectors, int commonFrequency)
    {
        var df = new Dictionary<int, int>();
        foreach (var v in vectors)
        {
            foreach (var id in v.Ids)
            {
                df[id] = df.GetValueOrDefault(id) + 1;
            }
        }

        var rare = new SparseVector[vectors.Length];
        var common = new SparseVector[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            (rare[i], common[i]) = vectors[i].Split(id => df[id] <= commonFrequency);
        }

        return (rare, common, Postings.Of(rare));
    }
}
