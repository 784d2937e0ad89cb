namespace Summarizer.Extractive;

/// <summary>
/// The articles of a very large story that take part in ranking its sentences against each other. That ranking
/// compares every candidate sentence with every sentence (quadratic in sources: a story of 800 sources spent most
/// of its merge there), so above a cap only the articles closest to the story's centroid take part: the ones that
/// tell the story most the way the others do. Word and concept weights still count every article, and claims still
/// cite every source that reports them, so only which sentences compete is narrowed.
/// </summary>
internal static class RepresentativeSources
{
    /// <summary>
    /// For each article, whether it takes part; null when all do (at most <paramref name="max"/> articles). The
    /// <paramref name="max"/> articles whose IDF-weighted word set has the highest cosine with the mean of all of
    /// them, ties to the earlier article, so the choice is the same on every run.
    /// </summary>
    public static bool[]? Pick(SentenceTable table, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var count = table.Articles.Count;
        if (count <= max)
        {
            return null;
        }

        var vectors = new (int[] Terms, double[] Weights)[count];
        var centroid = new double[table.TermCount];
        var seen = new int[table.TermCount];
        Array.Fill(seen, -1);
        for (var a = 0; a < count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors[a] = Vector(table, a, seen);
            var (terms, weights) = vectors[a];
            for (var k = 0; k < terms.Length; k++)
            {
                centroid[terms[k]] += weights[k];
            }
        }

        var scores = new double[count];
        for (var a = 0; a < count; a++)
        {
            var (terms, weights) = vectors[a];
            for (var k = 0; k < terms.Length; k++)
            {
                scores[a] += centroid[terms[k]] * weights[k];
            }
        }

        var taken = new bool[count];
        foreach (var a in Enumerable.Range(0, count).OrderByDescending(a => scores[a]).ThenBy(a => a).Take(max))
        {
            taken[a] = true;
        }

        return taken;
    }

    // The article's distinct content words, each weighted by its smoothed IDF, at unit length.
    private static (int[] Terms, double[] Weights) Vector(SentenceTable table, int article, int[] seen)
    {
        var terms = new List<int>();
        var first = table.ArticleStarts[article];
        var end = first + table.SentenceCountOf(article);
        for (var i = first; i < end; i++)
        {
            foreach (var t in table.Sentences[i].Terms)
            {
                if (seen[t] != article)
                {
                    seen[t] = article;
                    terms.Add(t);
                }
            }
        }

        var n = table.Articles.Count;
        var weights = new double[terms.Count];
        double norm = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = 1 + Math.Log((1.0 + n) / (1.0 + table.TermDocumentFrequency[terms[k]]));
            norm += weights[k] * weights[k];
        }

        norm = Math.Sqrt(norm);
        for (var k = 0; k < weights.Length && norm > 0; k++)
        {
            weights[k] /= norm;
        }

        return ([.. terms], weights);
    }
}
