using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An outlet's one early count of people is the count its story leads with, whether or not its clause carries an event
/// word: one outlet writes "forcing about 200 people to leave their houses" (displaced), another "more than 450
/// residents spent the night in a church hall" (no event word). Each source's one such count, framed in the one and
/// frame-less in the other, is one slot (<see cref="SlotPairs.LeadCountSlot"/>); a source that gives two counts of
/// people in any frames fills it with neither.
/// </summary>
public sealed class LeadCountsAcrossFramesTests
{
    [Fact]
    public void People_forced_from_their_houses_and_residents_who_spent_the_night_away_are_one_count()
    {
        var groups = FactTestKit.Align(
            "A storm surge swept into Harbury early on Friday, flooding 90 homes and forcing about 200 people to leave their houses in the dark.",
            "More than 450 residents of Harbury spent the night in a church hall or with relatives after the storm pushed the sea over the wall.");
        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && Counts(g, 200, 450));
    }

    [Fact]
    public void Jobs_lost_and_people_facing_redundancy_are_one_count()
    {
        var groups = FactTestKit.Align(
            "Ashworth Mill, which has woven cloth in Dunley since 1902, is to close with the loss of 85 jobs, its owners said on Tuesday.",
            "Hopes of a rescue for Ashworth Mill have faded after talks with a buyer collapsed, leaving about 120 people at the Dunley works facing redundancy.");
        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && Counts(g, 85, 120));
    }

    [Fact]
    public void A_source_that_counts_people_in_two_frames_fills_the_lead_slot_with_neither()
    {
        var groups = FactTestKit.Align(
            "The ferry ran aground off Skellan on Sunday with 64 passengers on board. Three passengers were taken to hospital with minor injuries.",
            "About 90 people were left stranded at Skellan on Sunday afternoon until the tide turned.");
        Assert.DoesNotContain(groups, g => Counts(g, 3, 90));
    }

    [Fact]
    public void The_lead_slot_holds_counts_of_people_and_leaves_other_counts_out()
    {
        var counted = FactTestKit.Read("More than 450 residents spent the night in a church hall.").First(f => f.Value.Kind == ValueKind.Count);
        var boats = FactTestKit.Read("Four boats were damaged in the harbour.").First(f => f.Value.Kind == ValueKind.Count);
        Assert.NotNull(SlotPairs.LeadCountSlot(counted));
        Assert.Null(SlotPairs.LeadCountSlot(boats));
    }

    private static bool Counts(AlignedGroup group, double one, double other) =>
        group.Facts.Any(f => f.Value.Kind == ValueKind.Count && f.Value.Stated == one)
        && group.Facts.Any(f => f.Value.Kind == ValueKind.Count && f.Value.Stated == other);
}
