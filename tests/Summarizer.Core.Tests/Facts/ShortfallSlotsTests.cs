using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The sum a budget lacks (a gap, a hole, a shortfall, a deficit) is one fact however each outlet names it, and it is read
/// as a shortfall, not as a cost beside the bill or the fee the story also gives.
/// </summary>
public sealed class ShortfallSlotsTests
{
    private static List<AlignedGroup> Sums(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Money)).ToList();

    [Fact]
    public void A_gap_and_a_shortfall_each_outlet_gives_once_are_one_fact()
    {
        var groups = Sums(
            "Members of Pellbrook parish board agreed a higher precept on Monday. The treasurer said the board had been left with a £240,000 gap.",
            "Members of Pellbrook parish board agreed a higher precept on Monday. Papers put the shortfall for the coming year at £310,000.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.Equal(2, group.Facts.Select(f => f.SourceId).Distinct().Count());
    }

    [Theory]
    [InlineData("The trust says it faces a £3.4m hole in next year's budget.")]
    [InlineData("The club's accounts show a deficit of £1.2m for the season.")]
    [InlineData("The authority puts its budget gap for next year at £14m.")]
    public void A_sum_a_budget_lacks_is_read_as_a_shortfall_not_a_cost(string sentence) =>
        Assert.Equal(EventFrames.Shortfall, Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Money).Frame);
}
