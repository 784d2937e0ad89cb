using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet gives one early clock time of the story's happening, one as when it began, another as when it came to
/// light or, for a craft, when it came down, in sentences with no event word in common: the two times fill one slot and
/// conflict (SlotPairs, a clock time's moment). An outlet that tells both the onset and the alarm fills the slot with
/// neither (invented sentences).
/// </summary>
public sealed class OneMomentToldFromWhereTheyStoodTests
{
    [Theory]
    [InlineData("Fighting broke out on the terraces at Oxley Park at about 5.20pm on Friday.", "Stewards raised the alarm at 18:45 on Friday, according to the club.")]
    [InlineData("The otter escaped from the Pellingham sanctuary pond at 9.10am, keepers said.", "Volunteers first realised the otter was missing shortly before noon.")]
    [InlineData("The airship came down in a barley field near Oxley at about 7.50am.", "The craft touched down at 08:35 after drifting east, the investigators' report says.")]
    public void An_onset_and_a_discovery_or_landing_each_outlet_gives_alone_are_one_moment_in_conflict(string first, string second)
    {
        var groups = Align(first, second);

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void An_outlet_that_tells_the_onset_and_the_alarm_fills_the_slot_with_neither()
    {
        var groups = Align(
            "Fighting broke out on the terraces at Oxley Park at about 5.20pm on Friday. Stewards raised the alarm at 6.05pm.",
            "Stewards raised the alarm at 18:45 on Friday, according to the club.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Text.Contains("5.20pm", StringComparison.Ordinal)));
    }
}
