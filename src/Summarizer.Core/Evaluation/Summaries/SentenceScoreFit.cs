using Summarizer.Evaluation.Rouge;
using Summarizer.Extractive;

namespace Summarizer.Evaluation.Summaries;

/// <summary>
/// Fits <see cref="SentenceScoreWeights"/> on a half of a DUC-style dataset: every candidate sentence of each cluster
/// (as the merger would offer it) is a row of <see cref="SentenceFeatures"/>, its target the ROUGE-1 plus ROUGE-2 recall
/// it scores alone against the cluster's references; ridge regression on standardized features, folded back to weights
/// on the raw features. The tune path only: the engine reads the weights from code and never the references.
/// With <see cref="SentenceScoreTarget.GreedyGain"/> the target is instead the recall a sentence adds to a summary built
/// greedily from the references (<see cref="GreedyGains"/>), since selection sums the score over sentences that share words.
/// </summary>
internal static class SentenceScoreFit
{
    /// <summary>Ridge penalty on standardized coefficients (small: the rows number thousands; it keeps a constant feature at 0).</summary>
    public const double Ridge = 1.0;

    /// <summary>Decimals the weights are kept to in code.</summary>
    public const int Decimals = 6;

    /// <summary>How much ROUGE-2 recall counts in the target beside ROUGE-1 recall.</summary>
    public const double Rouge2Weight = 1.0;

    public static async Task<SentenceScoreWeights> FitAsync(
        string datasetDir, int maxWords, ClusterHalf half, CancellationToken cancellationToken, double rouge2Weight = Rouge2Weight,
        SentenceScoreTarget target = SentenceScoreTarget.Alone)
    {
        var (x, y) = await RowsAsync(datasetDir, maxWords, half, ExtractiveTuning.Default, rouge2Weight, cancellationToken, target);
        return Fit(x, y);
    }

    /// <summary>Ridge regression of <paramref name="y"/> on <paramref name="x"/>, weights rounded to <see cref="Decimals"/>.</summary>
    public static SentenceScoreWeights Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count)
        {
            throw new ArgumentException("Need as many targets as rows, and at least one row.", nameof(y));
        }

        var p = x[0].Length;
        var mean = new double[p];
        var sd = new double[p];
        for (var k = 0; k < p; k++)
        {
            mean[k] = x.Average(r => r[k]);
            sd[k] = Math.Sqrt(x.Average(r => (r[k] - mean[k]) * (r[k] - mean[k])));
            // A constant feature's mean is not exact in floating point; its rounding noise must not become a weight.
            sd[k] = sd[k] > 1e-9 * Math.Max(1, Math.Abs(mean[k])) ? sd[k] : 0;
        }

        var yMean = y.Average();
        var a = new double[p, p];
        var b = new double[p];
        for (var r = 0; r < x.Count; r++)
        {
            var z = new double[p];
            for (var k = 0; k < p; k++)
            {
                z[k] = sd[k] > 0 ? (x[r][k] - mean[k]) / sd[k] : 0;
            }

            for (var i = 0; i < p; i++)
            {
                b[i] += z[i] * (y[r] - yMean);
                for (var j = 0; j < p; j++)
                {
                    a[i, j] += z[i] * z[j];
                }
            }
        }

        for (var i = 0; i < p; i++)
        {
            a[i, i] += Ridge;
        }

        var beta = Solve(a, b);
        var w = new double[p];
        var intercept = yMean;
        for (var k = 0; k < p; k++)
        {
            w[k] = sd[k] > 0 ? beta[k] / sd[k] : 0;
            intercept -= w[k] * mean[k];
        }

        return SentenceScoreWeights.FromVector(Math.Round(intercept, Decimals), [.. w.Select(v => Math.Round(v, Decimals))]);
    }

    /// <summary>Feature rows and targets of every candidate sentence in the half's clusters.</summary>
    public static async Task<(List<double[]> X, List<double> Y)> RowsAsync(
        string datasetDir, int maxWords, ClusterHalf half, ExtractiveTuning tuning, double rouge2Weight, CancellationToken cancellationToken,
        SentenceScoreTarget target = SentenceScoreTarget.Alone)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        var x = new List<double[]>();
        var y = new List<double>();
        foreach (var cluster in SummaryEvaluation.Clusters(datasetDir, half))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (articles, references) = await ClusterFiles.ReadAsync(cluster, cancellationToken);
            if (articles.Count == 0 || references.Count == 0)
            {
                continue;
            }

            var table = new SentenceTable(articles, tuning.MaxSentenceWords);
            var features = SentenceFeatures.For(table, ConceptWeights.ForCluster(table, tuning));
            var refs = references.Select(r => RougeScorer.Tokenize(r, maxWords)).ToList();
            var candidates = ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling).ToList();
            var tokens = candidates.Select(c => RougeScorer.Tokenize(table.Sentences[c].Text)).ToList();
            var targets = target == SentenceScoreTarget.GreedyGain
                ? GreedyGains(tokens, refs, maxWords, rouge2Weight)
                : [.. tokens.Select(t => refs.Average(r =>
                {
                    var scores = RougeScorer.Score(t, r);
                    return scores.Rouge1.Recall + rouge2Weight * scores.Rouge2.Recall;
                }))];
            for (var i = 0; i < candidates.Count; i++)
            {
                x.Add(features[candidates[i]]);
                y.Add(targets[i]);
            }
        }

        return (x, y);
    }

    /// <summary>
    /// Each candidate's mean recall gain (ROUGE-1 plus <paramref name="rouge2Weight"/> × ROUGE-2, averaged over the
    /// references) over the steps of an oracle summary built greedily until it holds <paramref name="maxWords"/> words:
    /// at each step the candidate that adds most is taken, and every candidate still out is credited what it would have
    /// added then. A sentence that says what an earlier pick said earns little after the first step, as it does in a
    /// selected summary; one taken is credited up to its own step.
    /// </summary>
    /// <param name="candidates">Each candidate's ROUGE tokens.</param>
    /// <param name="references">The references' ROUGE tokens.</param>
    public static double[] GreedyGains(
        IReadOnlyList<IReadOnlyList<string>> candidates, IReadOnlyList<IReadOnlyList<string>> references, int maxWords, double rouge2Weight)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(references);
        var refGrams = references.Select(r => (Uni: RougeScorer.Count(r, 1), Bi: RougeScorer.Count(r, 2), UniTotal: r.Count, BiTotal: Math.Max(0, r.Count - 1))).ToList();
        var candidateGrams = candidates.Select(c => (Uni: RougeScorer.Count(c, 1), Bi: RougeScorer.Count(c, 2))).ToList();
        var summaryUni = new Dictionary<string, int>(StringComparer.Ordinal);
        var summaryBi = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new double[candidates.Count];
        var steps = new int[candidates.Count];
        var taken = new bool[candidates.Count];
        var words = 0;
        while (words < maxWords && refGrams.Count > 0)
        {
            var best = -1;
            var bestGain = 0.0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (taken[i])
                {
                    continue;
                }

                var gain = refGrams.Average(r =>
                    Added(candidateGrams[i].Uni, summaryUni, r.Uni, r.UniTotal)
                    + (rouge2Weight * Added(candidateGrams[i].Bi, summaryBi, r.Bi, r.BiTotal)));
                sums[i] += gain;
                steps[i]++;
                if (gain > bestGain)
                {
                    (best, bestGain) = (i, gain);
                }
            }

            if (best < 0)
            {
                break;
            }

            taken[best] = true;
            words += candidates[best].Count;
            AddTo(summaryUni, candidateGrams[best].Uni);
            AddTo(summaryBi, candidateGrams[best].Bi);
        }

        return [.. sums.Select((s, i) => steps[i] == 0 ? 0 : s / steps[i])];
    }

    // Recall the candidate's grams add to the summary's against one reference, clipped by the reference's counts.
    private static double Added(Dictionary<string, int> candidate, Dictionary<string, int> summary, Dictionary<string, int> reference, int referenceTotal)
    {
        if (referenceTotal == 0)
        {
            return 0;
        }

        var added = 0;
        foreach (var (gram, count) in candidate)
        {
            if (reference.TryGetValue(gram, out var inReference))
            {
                var before = summary.GetValueOrDefault(gram);
                added += Math.Min(before + count, inReference) - Math.Min(before, inReference);
            }
        }

        return (double)added / referenceTotal;
    }

    private static void AddTo(Dictionary<string, int> into, Dictionary<string, int> grams)
    {
        foreach (var (gram, count) in grams)
        {
            into[gram] = into.GetValueOrDefault(gram) + count;
        }
    }

    // Gaussian elimination with partial pivoting; the matrix is small and, with the ridge, positive definite.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = a[r, col] / a[col, col];
                for (var k = col; k < n; k++)
                {
                    a[r, k] -= f * a[col, k];
                }

                b[r] -= f * b[col];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= a[r, k] * result[k];
            }

            result[r] = sum / a[r, r];
        }

        return result;
    }
}

/// <summary>What <see cref="SentenceScoreFit"/> fits a sentence's score to.</summary>
internal enum SentenceScoreTarget
{
    /// <summary>The recall the sentence scores alone.</summary>
    Alone,

    /// <summary>The recall it adds to an oracle summary built greedily (<see cref="SentenceScoreFit.GreedyGains"/>).</summary>
    GreedyGain,
}
