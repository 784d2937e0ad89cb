using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A count whose own clause states the size of a whole ("the pen held about 40,000 fish", "the colony numbered 30 birds",
/// "about 1,500 patients are registered") and a count of what an act did to part of it ("12,000 fish escaped", "eight
/// birds have now died", "2,800 people have now signed") are two measures: never rivals, and the stock is never the
/// earlier side of the act's update (<see cref="StockCounts"/>).
/// </summary>
public sealed class StockCountsTests
{
    [Theory]
    [InlineData("The damaged pen held about 40,000 fish.", StockCounts.Stock)]
    [InlineData("The torn cage had held 30,000 trout.", StockCounts.Stock)]
    [InlineData("The colony numbered 30 birds before the outbreak began.", StockCounts.Stock)]
    [InlineData("About 1,500 patients are registered at the branch.", StockCounts.Stock)]
    [InlineData("The mill employs 600 people.", StockCounts.Stock)]
    [InlineData("Before the outbreak the zoo's beach was home to 41 penguins.", StockCounts.Stock)]
    [InlineData("The firm now believes 12,000 fish escaped from the cage.", StockCounts.Act)]
    [InlineData("Eight birds have now died at the zoo.", StockCounts.Act)]
    [InlineData("More than 2,800 people have now signed a petition against the closure.", StockCounts.Act)]
    [InlineData("Firefighters evacuated 74 people from the block.", StockCounts.Act)]
    [InlineData("The new school was designed for 630 pupils.", StockCounts.Stock)]
    [InlineData("The airline flew its 14 turboprop aircraft on 30 routes.", StockCounts.Stock)]
    [InlineData("The delay affects 420 pupils.", StockCounts.Act)]
    [InlineData("The storm killed at least five people.", StockCounts.Act)]
    [InlineData("The auditorium has been reconfigured to 980 seats.", "")]
    [InlineData("The skipper and the crew of 11 were allowed to stay on board.", "")]
    [InlineData("An estimated 600 people were at the vigil.", "")]
    [InlineData("Three men were held in custody overnight.", "")]
    public void A_counts_own_verb_says_whether_it_is_a_whole_or_what_an_act_did(string sentence, string holding) =>
        Assert.Equal(holding, Count(sentence).Signature.Holding);

    [Fact]
    public void A_whole_and_the_part_an_act_befell_are_other_measures_but_two_wholes_are_not()
    {
        var held = Count("The damaged pen held about 40,000 fish.");
        var escaped = Count("The firm now believes 12,000 fish escaped from the cage.");
        var heldToo = Count("The torn pen had held 30,000 fish.");
        Assert.True(held.Signature.OtherMeasure(escaped.Signature));
        Assert.False(held.Signature.OtherMeasure(heldToo.Signature));
    }

    [Fact]
    public void The_fish_a_pen_held_are_no_rival_of_the_fish_that_escaped_from_it()
    {
        var groups = FactTestKit.Align(
            "About 3,000 farmed trout escaped into Loch Orrin overnight after a storm tore a net pen at Brackmoor Fish's farm, the company said on Monday.\n\nThe damaged pen held about 40,000 fish. The escaped trout weigh more than 3kg on average.",
            "Brackmoor Fish now believes 12,000 fish escaped from its farm when a storm on the night of March 7 tore one of its net pens.");
        Assert.DoesNotContain(groups, g => Counts(g, 40000, 12000));
    }

    private static Fact Count(string sentence) => FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Count);

    private static bool Counts(AlignedGroup group, double one, double other) =>
        group.Facts.Any(f => f.Value.Kind == ValueKind.Count && f.Value.Stated == one)
        && group.Facts.Any(f => f.Value.Kind == ValueKind.Count && f.Value.Stated == other);
}
