using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A count of part of a group the story counted by what happened to it ("two of the injured stewards", "three of the
/// rescued seals") counts some further act, not the group: it is not read against the group's own count. Every
/// sentence here is invented for the test.
/// </summary>
public sealed class PartsOfACountedGroupTests
{
    [Fact]
    public void A_part_of_the_injured_is_not_the_number_injured()
    {
        var groups = Align(
            "Five stewards were injured when the barrier gave way at the stadium.",
            "Two of the injured stewards were kept in hospital overnight after the barrier gave way.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_part_of_the_rescued_is_not_the_number_rescued()
    {
        var groups = Align(
            "Volunteers rescued 11 seals from the flooded estuary on Monday.",
            "Three of the rescued seals were released back into the estuary on Monday.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Parts_of_one_group_told_differently_still_conflict()
    {
        var groups = Align(
            "Two of the injured stewards were kept in hospital overnight after the barrier gave way.",
            "Four of the injured stewards were kept in hospital overnight after the barrier gave way.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void The_part_is_measured_apart_from_the_group()
    {
        var part = Assert.Single(Read("Two of the injured stewards were kept in hospital overnight."), f => f.Value.Kind == ValueKind.Count);
        var whole = Assert.Single(Read("Five stewards were injured at the stadium."), f => f.Value.Kind == ValueKind.Count);

        Assert.NotEqual(whole.Measure, part.Measure);
        Assert.EndsWith("among the injured", part.Measure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_word_alone_names_no_group_apart()
    {
        var part = Assert.Single(Read("Six of the injured remain in hospital."), f => f.Value.Kind == ValueKind.Count);

        Assert.DoesNotContain("among", part.Measure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_a_whole_with_its_own_figure_counts_what_the_whole_does()
    {
        var part = Assert.Single(Read("The party won 21 of the 45 seats on the council."), f => f.Value.Kind == ValueKind.Count && f.Value.Range.Low == 21);

        Assert.DoesNotContain("among", part.Measure, StringComparison.Ordinal);
    }
}
