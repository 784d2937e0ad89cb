namespace Summarizer.Extractive;

/// <summary>Weights of the concepts (stemmed bigrams) that summaries try to cover.</summary>
internal static class ConceptWeights
{
    /// <summary>
    /// Cross-document weights: a bigram is worth the number of articles that mention it, when at
    /// least a share of them do (a fact many sources repeat is central to the story), plus a boost
    /// for mentions in leading sentences, where news puts its main facts.
    /// </summary>
    public static double[] ForCluster(SentenceTable table, ExtractiveTuning tuning)
    {
        var weights = new double[table.BigramCount];
        var n = table.Articles.Count;
        var minDf = Math.Max(2, (int)Math.Round(tuning.MinConceptShare * n, MidpointRounding.AwayFromZero));
        if (n < 2)
        {
            return ForSingle(table);
        }

        for (var id = 0; id < weights.Length; id++)
        {
            var df = table.BigramDocumentFrequency[id];
            weights[id] = df >= minDf ? df : 0;
        }

        if (tuning.LeadBoost > 0)
        {
            foreach (var s in table.Sentences)
            {
                if (s.Position >= tuning.LeadSentences)
                {
                    continue;
                }

                foreach (var id in s.Bigrams)
                {
                    if (weights[id] > 0)
                    {
                        weights[id] += tuning.LeadBoost;
                    }
                }
            }
        }

        return weights;
    }

    /// <summary>
    /// Within-article weights, for a single source where document frequency says nothing: a
    /// bigram is worth the sentences that repeat it beyond the first, plus a lead boost.
    /// </summary>
    public static double[] ForSingle(SentenceTable table)
    {
        var counts = new double[table.BigramCount];
        foreach (var s in table.Sentences)
        {
            var lead = s.Position < 3 ? 1.0 / (1 + s.Position) : 0;
            foreach (var id in s.Bigrams)
            {
                counts[id] += 1 + lead;
            }
        }

        for (var id = 0; id < counts.Length; id++)
        {
            counts[id] = Math.Max(0, counts[id] - 1);
        }

        return counts;
    }
}
