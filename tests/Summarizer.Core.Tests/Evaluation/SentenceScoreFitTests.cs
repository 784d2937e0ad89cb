using Summarizer.Evaluation.Summaries;
using Summarizer.Extractive;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Evaluation;

public class SentenceScoreFitTests
{
    private static readonly int[] Unrelated = [1, 2, 4, 6, 8, 9, 10, 11];

    [Fact]
    public void Recovers_a_linear_relation_and_leaves_a_constant_feature_at_zero()
    {
        var random = new Random(20261202);
        var x = new List<double[]>();
        var y = new List<double>();
        for (var r = 0; r < 400; r++)
        {
            var row = new double[SentenceFeatures.Count];
            for (var k = 0; k < row.Length; k++)
            {
                row[k] = k == 5 ? 0.7 : random.NextDouble() * (k + 1);
            }

            x.Add(row);
            y.Add(0.2 + (0.5 * row[0]) - (0.25 * row[3]) + (0.1 * row[7]));
        }

        var fitted = SentenceScoreFit.Fit(x, y).Vector();
        Assert.Equal(0.5, fitted[0], 2);
        Assert.Equal(-0.25, fitted[3], 2);
        Assert.Equal(0.1, fitted[7], 2);
        Assert.Equal(0, fitted[5]);
        Assert.All(Unrelated, k => Assert.Equal(0, fitted[k], 2));
    }

    [Fact]
    public async Task Fitting_the_odd_dev_clusters_reproduces_the_weights_in_code()
    {
        var dataset = Path.Combine(RepoPaths.Eval, "duc2004-dev");
        var fitted = await SentenceScoreFit.FitAsync(dataset, 100, ClusterHalf.Odd, CancellationToken.None);
        var inCode = ExtractiveTuning.Default.SentenceScore;
        Assert.NotNull(inCode);
        Assert.Equal(inCode.Intercept, fitted.Intercept, 6);
        Assert.Equal(inCode.Vector(), fitted.Vector());
    }
}
