using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A disagreement cites every source that gives one of its versions, even one that tells the figure in other words than
/// the sources it was aligned with (another frame, another noun of the same class). Every sentence is
/// invented.
/// </summary>
public sealed class VersionWitnessesTests
{
    [Fact]
    public void A_source_giving_a_versions_amount_in_another_frame_is_cited_with_it()
    {
        var groups = Align(
            "Marlow Shipyard has been fined £148,000 over the death of a welder, the court heard on Friday.",
            "Marlow Shipyard was fined £162,000 after a welder died at the yard, the safety regulator said.",
            "The yard will pay the £148,000 penalty from its reserves, its owners said. The welder's family said the sum was an insult.");

        var conflict = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal("Disagree: 1,3 | 2", Describe(conflict));
    }

    [Fact]
    public void A_source_giving_two_versions_figures_is_cited_with_neither()
    {
        var groups = Align(
            "Marlow Shipyard has been fined £148,000 over the death of a welder, the court heard on Friday.",
            "Marlow Shipyard was fined £162,000 after a welder died at the yard, the safety regulator said.",
            "The yard had expected a bill of £148,000; the safety regulator sought £162,000 in costs.");

        var conflict = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.DoesNotContain(3, conflict.Sources);
    }

    [Fact]
    public void A_source_counting_a_versions_homes_as_households_is_cited_with_it()
    {
        var groups = Align(
            "A fault at the Parrow substation cut power to about 18,000 homes on Sunday, the network operator said.",
            "More than 25,000 homes lost supply after the fault at Parrow, engineers said.",
            "The outage, blamed on a fault at Parrow, left roughly 18,000 households without electricity overnight.");

        var conflict = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal("Disagree: 1,3 | 2", Describe(conflict));
    }

    [Fact]
    public void A_source_giving_an_updates_earlier_figure_in_another_frame_is_cited_with_it()
    {
        var groups = Align(
            "Marlow Shipyard has been fined £148,000 over the death of a welder, the court heard on Friday.",
            "The yard will pay the £148,000 penalty from its reserves, its owners said. The welder's family said the sum was an insult.",
            "The fine on Marlow Shipyard has risen to £162,000 after the regulator appealed, the court said.");

        var update = Assert.Single(groups, g => g.Label == AlignmentLabel.Update);
        Assert.Equal("Update: 1,2 | later 3", Describe(update));
    }
}
