using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Counts of the story's event read whatever the outlet's wording: people sent out of a place are evacuated ("led out",
/// "had to leave the hall", "ordered out"); a count's verb after an apposition is still its verb ("About 60 people, most
/// of them ..., were evacuated"); what is counted is the noun that ends a compound ("six branch libraries") and the noun an
/// event word describes ("2,500 dead fish").
/// </summary>
public sealed class CountsOfTheEventTests
{
    [Theory]
    [InlineData("About 900 shoppers were led out of the arcade just after noon.")]
    [InlineData("More than 2,000 people had to leave the exhibition hall.")]
    [InlineData("Some 70 bathers were ordered out of the lido by lifeguards.")]
    [InlineData("Nearly 400 guests were asked to leave the hotel overnight.")]
    [InlineData("Rising water forced about 250 villagers out of their houses.")]
    [InlineData("Around 120 campers were moved out before dawn.")]
    public void People_sent_out_of_a_place_are_evacuated(string sentence) =>
        Assert.Equal("displaced", Count(sentence).Frame);

    [Fact]
    public void A_count_is_framed_by_its_verb_after_an_apposition()
    {
        Assert.Equal("displaced", Count("About 60 people, most of them night cleaners who had been working in the depot's upper offices, were evacuated.").Frame);
        Assert.Equal("rescued", Count("Eleven walkers, among them a retired teacher from Pellow and her grandson on his first hike, were rescued.").Frame);
    }

    [Fact]
    public void An_apposition_is_skipped_only_between_the_count_and_its_own_verb() =>
        // The comma after "sheep" closes a clause that goes on with another subject: its verb is no verb of the count.
        Assert.NotEqual("displaced", Count("Rescuers counted 40 sheep, which had wandered onto the road during the long night on the moor, and neighbours were evacuated.").Frame);

    [Fact]
    public void Evacuation_counts_worded_differently_disagree_across_outlets()
    {
        var group = FactTestKit.CountGroup(
            "About 900 shoppers and staff were led out of the Elmgate arcade on Friday after a smoke alarm.",
            "More than 2,000 people had to leave the Elmgate arcade on Friday after a smoke alarm.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("The board voted to close six branch libraries.", "The board voted to close eight libraries.")]
    [InlineData("The operator has hired 40 bus drivers.", "The operator has hired 40 drivers.")]
    [InlineData("Bailiffs found 2,500 dead fish in the reservoir.", "Bailiffs found 2,500 fish in the reservoir.")]
    [InlineData("The ambulance took 12 injured passengers to Corley.", "The ambulance took 12 passengers to Corley.")]
    public void What_is_counted_is_the_noun_a_modifier_describes(string modified, string plain)
    {
        Assert.NotEqual("", Count(plain).Measure);
        Assert.Equal(Count(plain).Measure, Count(modified).Measure);
    }

    [Fact]
    public void A_plural_noun_after_the_count_stays_what_is_counted() =>
        Assert.Equal(MeasureClasses.Of("branches"), Count("The bank will shut 12 branches next spring.").Measure);

    [Fact]
    public void Dead_fish_counted_by_two_outlets_disagree()
    {
        var group = FactTestKit.CountGroup(
            "The spill at Marrow Brook killed more than 4,000 fish, the agency said.",
            "Anglers pulled roughly 2,500 dead fish out of Marrow Brook after the spill.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Theory]
    [InlineData("Harwick said that 410 roles would go when the plant shuts.")]
    [InlineData("Bakery to shut, 120 jobs to go")]
    [InlineData("The firm said 75 workers would lose their jobs.")]
    public void Job_cuts_worded_without_a_cut_verb_are_cuts(string sentence) =>
        Assert.Equal("cuts", Count(sentence).Frame);

    [Fact]
    public void Job_cuts_worded_differently_disagree_across_outlets()
    {
        var group = FactTestKit.CountGroup(
            "Pellam Foods confirmed on Tuesday that 410 roles would go at its Corby bakery.",
            "Pellam Foods confirmed on Tuesday that 320 staff at its Corby bakery would lose their jobs.");
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void Operatives_are_people() =>
        Assert.Equal(MeasureClasses.Persons, Count("The flood trapped 6 Harlow Civil operatives underground.").Measure);

    private static Fact Count(string sentence) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Count);
}
