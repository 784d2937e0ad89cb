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
    public void Greedy_gain_credits_a_repeat_of_the_first_pick_less_than_a_sentence_adding_new_words()
    {
        // Two sentences say the same thing; a third says something else the reference also says.
        var reference = Words("the council approved the new bridge on monday and work starts in june");
        var candidates = new[]
        {
            Words("the council approved the new bridge on monday"),
            Words("on monday the council approved the new bridge"),
            Words("work starts in june"),
        };

        var gains = SentenceScoreFit.GreedyGains(candidates, [reference], 100, 1.0);

        // Alone the repeat scores as high as the first pick; given the first pick it adds nothing.
        Assert.True(gains[1] < gains[2], $"repeat {gains[1]:F3} vs new {gains[2]:F3}");
        Assert.True(gains[1] < gains[0], $"repeat {gains[1]:F3} vs first {gains[0]:F3}");
    }

    [Fact]
    public void Greedy_gain_stops_crediting_once_the_summary_is_full()
    {
        var reference = Words("storms closed roads across the region and schools");
        var candidates = new[] { Words("storms closed roads across the region"), Words("storms closed schools") };

        // A two-word budget is spent by the first pick: the second is credited only its first-step gain, not the
        // smaller one it would add after the first pick's "storms closed".
        var gains = SentenceScoreFit.GreedyGains(candidates, [reference], 2, 1.0);
        var alone = SentenceScoreFit.GreedyGains([candidates[1]], [reference], 2, 1.0);

        Assert.Equal(alone[0], gains[1], 9);
    }

    private static string[] Words(string text) => text.Split(' ');

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
