using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two figures the readers used to frame wrongly (session 31): a length per second is a speed, shown with its period;
/// a count of those a state still holds ("remain in hospital") is the number left, not the count of those the act
/// befell ("were taken to hospital"). Every sentence here is invented for the test.
/// </summary>
public sealed class RatesAndHeldCountsTests
{
    [Theory]
    [InlineData("Gauges at the weir logged the river moving at 3.5 metres a second, the agency said.", "3.5 metres a second")]
    [InlineData("The survey recorded a peak particle velocity of 6mm/s beside the primary school.", "6mm/s")]
    [InlineData("Seismometers showed the ground shaking at 11 millimetres per second during the demolition.", "11 millimetres per second")]
    public void A_length_per_second_is_a_speed_shown_with_its_period(string sentence, string shown)
    {
        var fact = Value(sentence);

        Assert.Equal("speed", fact.Value.Unit);
        Assert.Equal(shown, fact.Text);
    }

    [Theory]
    [InlineData("Three walkers remain in hospital, the health board said.")]
    [InlineData("Four of the climbers were still in intensive care, doctors said.")]
    [InlineData("Six pupils were being kept in hospital overnight for observation.")]
    public void A_count_a_state_still_holds_reads_as_held(string sentence) =>
        Assert.Equal(SignatureReader.StillHeldModifier, Value(sentence).Signature.Modifier);

    [Theory]
    [InlineData("Twelve pupils were taken to hospital after the fumes spread.")]
    [InlineData("Eleven walkers were treated by paramedics at the scene.")]
    [InlineData("Five passengers were in the carriage when it tipped over.")]
    public void A_count_of_those_the_act_befell_is_not_held(string sentence) =>
        Assert.Equal("", Value(sentence).Signature.Modifier);

    [Fact]
    public void Those_taken_to_hospital_and_those_still_there_are_not_versions_of_one_count()
    {
        var groups = Align(
            "Nineteen walkers were taken to hospital after the storm hit the ridge, rescuers said.",
            "Seven walkers remain in hospital after the storm hit the ridge, rescuers said.");

        Assert.DoesNotContain(groups, g => g.Facts.Any(f => f.Value.Stated == 19) && g.Facts.Any(f => f.Value.Stated == 7));
    }

    [Theory]
    [InlineData("Nine of the passengers were still in hospital on Monday night, the ferry company said.", "Three of the passengers remain in hospital, the ferry company said.")]
    [InlineData("Five climbers remained in intensive care after the avalanche, the mountain rescue team said.", "Two climbers are still in intensive care after the avalanche, the mountain rescue team said.")]
    [InlineData("Eight of the prisoners were being held in custody after the riot at the jail.", "Four of the prisoners remain in custody after the riot at the jail.")]
    public void A_newer_report_of_those_still_held_is_an_update(string earlier, string later)
    {
        var group = CountGroup(earlier, later);

        Assert.Equal("Update: 1 | later 2", Describe(group));
    }
}
