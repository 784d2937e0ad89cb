using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A measure right after a verb of motion with no "to" ("fell 11.6 metres from the frame", "the river rose two metres")
/// is how far something moved, not where a figure now stands: it moves no earlier figure on. A measure moved "to" a
/// level, or reached ("topped 40C"), still is where the measure stands.
/// </summary>
public sealed class DistancesMovedTests
{
    private static readonly string[] Falls =
    [
        "The 337-year-old tenor bell dropped about 12 metres and smashed through the floor of the bell chamber.",
        "The tenor bell cracked and fell 11.6 metres from the frame and smashed through the floor of the bell chamber.",
    ];

    [Theory]
    [InlineData("The bell cracked and fell 11.6 metres from the frame during ringing.")]
    [InlineData("The bell dropped about 12 metres and smashed through the floor.")]
    [InlineData("The river rose two metres overnight, the agency said.")]
    public void A_distance_after_a_verb_of_motion_is_no_figure_moved_on(string sentence) =>
        Assert.Null(Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Quantity).MovedTo);

    [Theory]
    [InlineData("The river has risen to 4.2 metres at the town bridge.", 1)]
    [InlineData("Temperatures topped 40C in the valley on Tuesday.", 1)]
    [InlineData("The water level has fallen to 3 metres since Monday.", -1)]
    public void A_level_moved_to_or_reached_is_still_where_the_measure_stands(string sentence, int direction) =>
        Assert.Equal(direction, Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Quantity).MovedTo);

    [Fact]
    public void A_rounded_fall_and_a_precise_one_are_no_update()
    {
        var sources = Falls.Select((t, i) => FactExtractor.Extract(Article(i + 1, t, new DateTimeOffset(2026, 4, 19 + (7 * i), 9, 0, 0, TimeSpan.Zero)))).ToList();

        var groups = FactAligner.Align(sources);

        Assert.DoesNotContain(ChangedFigures.Find(sources, groups), g => g.Facts.Any(f => f.Value.Kind == ValueKind.Quantity));
        Assert.DoesNotContain(groups, g => g.Label is AlignmentLabel.Update or AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Quantity));
    }
}
