using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A fire's seat, when it names a thing ("the blaze started in a tumble dryer"), is how the outlet says it started: read
/// as its cause, also past an aside of attribution or a phrase of when the fire was. A room, an area, a name or a time
/// ("started in the kitchen", "in the early hours") only places it, and "broke out in" tells where the event was.
/// </summary>
public sealed class CauseFireSeatTests
{
    [Theory]
    [InlineData("Investigators believe the blaze started in a chip fryer behind the counter.", "a chip fryer behind the counter")]
    [InlineData("The fire is thought to have begun in an electric blanket, the brigade said.", "an electric blanket")]
    [InlineData("The fire on Sunday started, according to a brigade spokesman, in a faulty battery charger at the club.", "a faulty battery charger at the club")]
    [InlineData("The flames, which started in a discarded barbecue, spread across the dunes.", "a discarded barbecue")]
    public void Reads_the_thing_a_fire_started_in_as_its_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));

        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The fire started in the kitchen of the ground-floor flat.")]
    [InlineData("The blaze began in a first-floor storeroom and spread to the roof.")]
    [InlineData("The fire started in the early hours and took six crews to bring under control.")]
    [InlineData("The fire broke out in a cooking appliance at the back of the shop.")]
    [InlineData("The trouble started in a queue for the bar.")]
    [InlineData("The fire started in Castlemoor before jumping the river.")]
    public void A_fire_placed_in_a_room_or_time_or_an_event_that_is_no_fire_names_no_cause(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void Outlets_that_give_one_seat_in_different_words_are_one_version_against_another_cause()
    {
        var found = CauseFinder.Find(Sources(
            "Crews said the blaze started in a chip fryer in the back kitchen.",
            "The fire began when a chip fryer overheated in the back kitchen.",
            "A candle left on a windowsill was blamed for the fire."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["1,2", "3"], disagreement.Claims.Select(c => string.Join(",", c.Sources)));
    }
}
