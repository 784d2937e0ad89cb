namespace Summarizer.Stories;

/// <summary>
/// Pairwise story similarity of a set of articles (sorted by id): a blend of TF-IDF cosine over
/// content words and IDF-weighted cosine over named entities, damped for articles far apart in time.
/// </summary>
internal static class SimilarityMatrix
{
    public static double[][] Build(IReadOnlyList<ArticleFeatures> features, StoryClusteringOptions options, CancellationToken cancellationToken)
    {
        var n = features.Count;
        var termIdf = InverseDocumentFrequency(features.Select(f => f.Terms.Keys));
        var entityIdf = InverseDocumentFrequency(features.Select(f => (IEnumerable<string>)f.Entities));
        var terms = features.Select(f => Normalize(f.Terms.Select(t => (t.Key, (1 + Math.Log(t.Value)) * termIdf[t.Key])))).ToList();
        var entities = features.Select(f => Normalize(f.Entities.Select(e => (e, entityIdf[e])))).ToList();

        var sim = new double[n][];
        for (var i = 0; i < n; i++)
        {
            sim[i] = new double[n];
            sim[i][i] = 1;
        }

        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < n; j++)
            {
                var content = Dot(terms[i], terms[j]);

                // An article without recognisable names (a short brief, an all-lowercase feed) is
                // judged on its words alone rather than punished for the missing signal.
                var value = entities[i].Count == 0 || entities[j].Count == 0
                    ? content
                    : ((1 - options.EntityWeight) * content) + (options.EntityWeight * Dot(entities[i], entities[j]));
                if (features[i].Article.Metadata.PublishedAt is { } a
                    && features[j].Article.Metadata.PublishedAt is { } b
                    && (a - b).Duration() > options.MaxTimeApart)
                {
                    value *= options.DistantTimeFactor;
                }

                sim[i][j] = value;
                sim[j][i] = value;
            }
        }

        return sim;
    }

    // Smoothed IDF (never zero), so on a small day where every article shares a word, that word
    // still counts; on a large day it counts little.
    private static Dictionary<string, double> InverseDocumentFrequency(IEnumerable<IEnumerable<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var document in documents)
        {
            n++;
            foreach (var key in document)
            {
                df[key] = df.GetValueOrDefault(key) + 1;
            }
        }

        return df.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / (p.Value + 1.0)) + 1, StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Normalize(IEnumerable<(string Key, double Weight)> weights)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, weight) in weights)
        {
            vector[key] = weight;
        }

        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var key in vector.Keys.ToList())
            {
                vector[key] /= norm;
            }
        }

        return vector;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        // Iterate the smaller in its own insertion order: the sum depends only on the two articles.
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (key, weight) in small)
        {
            if (large.TryGetValue(key, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }
}
