using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A percentage fills a slot of the story as a count or an outlay does: each outlet that gives one percentage early gives
/// it of the event, worded with nouns and verbs of its own; a source giving two fills it with neither, and a change set
/// beside another amount or occasion is no slot filler.
/// </summary>
public sealed class PercentSlotTests
{
    private static List<(int A, int B)> SlotPairsOf(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == ValueKind.Percent && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts);
    }

    [Theory]
    [InlineData("The walkout grounded about 30% of the airline's departures on Friday.", "Roughly 55 per cent of Friday's schedule never left the tarmac, staff said.")]
    [InlineData("Under the deal the village co-operative will hold a 20 per cent share in the solar park.", "Residents are to be given a 35% holding, the developer confirmed.")]
    [InlineData("Inspectors judged 62% of the county's bridges fit for heavy lorries.", "Only 48 per cent of crossings passed the weight test, engineers found.")]
    public void Each_outlets_one_early_percentage_is_one_slot(string first, string second)
    {
        Assert.Single(SlotPairsOf(first, second));
    }

    [Theory]
    [InlineData("Pharmacies are getting only about 25% of their normal supplies of the inhaler.", "Chemists say they receive 60 per cent of what they would usually order.")]
    [InlineData("The stoppage cancelled some 45% of the scheduled trains on Tuesday.", "Just 70 per cent of planned services ran, the operator admitted.")]
    [InlineData("The reservoir holds about 35% of its usual winter volume.", "Water levels stand at 52 per cent of the expected level for January.")]
    public void A_percentage_of_a_usual_or_planned_base_is_one_slot(string first, string second)
    {
        Assert.Single(SlotPairsOf(first, second));
    }

    [Fact]
    public void A_source_giving_two_percentages_fills_no_slot()
    {
        Assert.Empty(SlotPairsOf(
            "Turnout was 41%, the returning officer said. Of those voting, 58% backed the plan.",
            "About 64 per cent of voters said yes."));
    }

    [Fact]
    public void A_change_beside_another_amount_fills_no_slot()
    {
        Assert.Empty(SlotPairsOf("Ticket sales rose 12% on the previous season.", "Around 30 per cent of seats were empty on Saturday."));
    }
}
