using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Wordings that kept one slot's figures apart: a discourse "in the end", an extent only one outlet names, a bare "m" of
/// metres read as millions.
/// </summary>
public sealed class SlotWordingTests
{
    [Fact]
    public void In_the_end_is_no_end_of_anything()
    {
        var fact = Assert.Single(FactTestKit.Read("In the end more than 200 shoppers and staff were moved to safety."), f => f.Value.Kind == ValueKind.Count);

        Assert.Equal("displaced", fact.Frame);
    }

    [Fact]
    public void Counts_of_one_evacuation_meet_when_one_outlet_says_in_the_end()
    {
        var groups = FactTestKit.Align(
            "A gas leak closed the Dunmore retail park on Friday. About 60 shoppers were evacuated.",
            "A gas leak closed the Dunmore retail park on Friday. In the end more than 200 shoppers and staff were moved to safety.")
            .Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Count)).ToList();

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_length_with_its_extent_meets_one_told_without()
    {
        var groups = FactTestKit.Align(
            "The 40-metre crane toppled onto the Halden depot on Monday.",
            "The jib, which stood some 55 metres high, came down across the yard.")
            .Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Quantity)).ToList();

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_bare_m_before_above_or_below_is_metres()
    {
        var fact = FactTestKit.Value("The shaft gave way 320m below the surface.");

        Assert.Equal(ValueKind.Quantity, fact.Value.Kind);
        Assert.Equal("length", fact.Value.Unit);
        Assert.Equal(320, fact.Value.Stated!.Value, 6);
    }
}
