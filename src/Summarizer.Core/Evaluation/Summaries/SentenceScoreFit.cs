using Summarizer.Evaluation.Rouge;
using Summarizer.Extractive;

namespace Summarizer.Evaluation.Summaries;

/// <summary>
/// Fits <see cref="SentenceScoreWeights"/> on a half of a DUC-style dataset: every candidate sentence of each cluster
/// (as the merger would offer it) is a row of <see cref="SentenceFeatures"/>, its target the ROUGE-1 plus ROUGE-2 recall
/// it scores alone against the cluster's references; ridge regression on standardized features, folded back to weights
/// on the raw features. The tune path only: the engine reads the weights from code and never the references.
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
        string datasetDir, int maxWords, ClusterHalf half, CancellationToken cancellationToken, double rouge2Weight = Rouge2Weight)
    {
        var (x, y) = await RowsAsync(datasetDir, maxWords, half, ExtractiveTuning.Default, rouge2Weight, cancellationToken);
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
        string datasetDir, int maxWords, ClusterHalf half, ExtractiveTuning tuning, double rouge2Weight, CancellationToken cancellationToken)
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
            foreach (var c in ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling))
            {
                var tokens = RougeScorer.Tokenize(table.Sentences[c].Text);
                var gain = refs.Average(r =>
                {
                    var scores = RougeScorer.Score(tokens, r);
                    return scores.Rouge1.Recall + rouge2Weight * scores.Rouge2.Recall;
                });
                x.Add(features[c]);
                y.Add(gain);
            }
        }

        return (x, y);
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
