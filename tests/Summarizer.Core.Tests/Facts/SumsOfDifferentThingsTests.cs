using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two figures of one frame and measure that are more than two orders of magnitude apart are figures of different
/// things (a plant's cost and a march's policing bill; a hall's running costs and one booking's fee), not one figure two
/// outlets misreport; figures a few times apart, or a slipped digit apart, still meet and disagree (invented sentences).
/// </summary>
public sealed class SumsOfDifferentThingsTests
{
    [Theory]
    [InlineData("The new incinerator will cost £410m to build, the company said.", "Policing the protest cost an estimated £180,000, the council said.")]
    [InlineData("The repairs to the old mill will cost £120,000, the trust said.", "A local builder offered to do the repairs to the mill for £950, the trust said.")]
    public void Figures_orders_of_magnitude_apart_are_not_one_figure(string first, string second)
    {
        var groups = Align(first, second);

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }

    [Theory]
    [InlineData("The new bridge will cost £180,000 to build, the council said.", "The new bridge will cost £1.2m to build, the council said.")]
    [InlineData("The ferry was carrying 312 passengers when it ran aground, the coastguard said.", "The ferry was carrying 120 passengers when it ran aground, the coastguard said.")]
    public void Figures_a_few_times_apart_still_disagree(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }

    [Theory]
    [InlineData(410_000_000, 180_000, true)]
    [InlineData(120_000, 950, true)]
    [InlineData(120_000, 9_500, false)]
    [InlineData(2_400_000, 200_000, false)]
    [InlineData(180_000, 1_200_000, false)]
    [InlineData(40, 400, false)]
    [InlineData(0, 12, false)]
    public void Two_orders_of_magnitude_are_the_widest_gap_between_two_reports_of_one_figure(double a, double b, bool apart)
    {
        var x = new FactValue(ValueKind.Money, Interval.Point(a)) { Stated = a };
        var y = new FactValue(ValueKind.Money, Interval.Point(b)) { Stated = b };

        Assert.Equal(apart, FactMatching.OrdersApart(x, y));
    }
}
