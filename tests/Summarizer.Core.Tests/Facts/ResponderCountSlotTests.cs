using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The people sent to answer an event (rescuers, firefighters, officers, paramedics) are another class than those the
/// event befell: an outlet that counts both still fills the unframed people slot with its victims' count. And a count
/// of bodies people form ("tenant associations") counts the bodies, not the people.
/// </summary>
public sealed class ResponderCountSlotTests
{
    private static List<(int A, int B)> CountSlotPairs(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == ValueKind.Count && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts);
    }

    private static string? SlotOf(string sentence) => SlotPairs.Slot(FactTestKit.Value(sentence));

    [Theory]
    [InlineData("Some 40 firefighters worked through the night at the warehouse.", "Around 35 residents were stuck in the tower.")]
    [InlineData("Some 120 stewards kept the gates at the ground.", "More than 200 fans were stuck at the gates.")]
    [InlineData("Nearly 90 officers combed the moor.", "About 20 walkers were stuck on the moor.")]
    public void A_count_of_responders_fills_another_slot_than_the_people_the_event_befell(string responders, string befell)
    {
        Assert.NotNull(SlotOf(befell));
        Assert.NotNull(SlotOf(responders));
        Assert.NotEqual(SlotOf(befell), SlotOf(responders));
    }

    [Fact]
    public void An_outlet_that_counts_its_rescuers_still_gives_its_one_count_of_victims()
    {
        var pairs = CountSlotPairs(
            "A rockfall buried a hiking party on the ridge on Tuesday. Eleven people were trapped under the debris. About 30 rescuers dug through the rubble.",
            "Fourteen climbers were trapped when the rock face gave way on Tuesday, the mountain service said.");

        Assert.Single(pairs);
    }

    [Theory]
    [InlineData("A coalition of 60 tenant associations backed the rent strike.")]
    [InlineData("Some 25 patient groups signed the letter to the minister.")]
    [InlineData("The plan was opposed by 12 resident committees across the city.")]
    public void A_count_of_bodies_named_after_their_members_counts_the_bodies(string sentence)
    {
        Assert.NotEqual(MeasureClasses.Persons, FactTestKit.Value(sentence).Measure);
    }
}
