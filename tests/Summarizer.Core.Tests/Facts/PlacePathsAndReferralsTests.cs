using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where people were moved to when the move's path stands between its verb and "to" ("led the passengers up the stairway
/// beside the track to X", "helped them down the stairway to Y"), and where patients were referred on to ("urgent cases
/// are being referred to the Z Eye Centre"): both are the slot of "taken to" (invented sentences).
/// </summary>
public sealed class PlacePathsAndReferralsTests
{
    [Theory]
    [InlineData("Coastguard crews led the passengers up the stairway beside the track to Harnby Gardens.", "to Harnby Gardens")]
    [InlineData("The rescue team helped them out of the car and down the stairway to Tolwick Walk.", "to Tolwick Walk")]
    [InlineData("Firefighters carried the two children across the roof to Corsby Chambers.", "to Corsby Chambers")]
    [InlineData("Urgent cases are being referred to the Marlow Eye Centre in Porthcarn.", "to the Marlow Eye Centre in Porthcarn")]
    public void A_place_people_were_moved_along_a_path_or_referred_to_is_where_they_were_taken(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    [Theory]
    [InlineData("Prices went up across the region to Harnby and beyond.")]
    [InlineData("The inquiry referred to Corsby Bridge as the likeliest cause.")]
    [InlineData("Shares rose through the morning to close higher in Tolwick.")]
    public void A_path_or_a_reference_with_no_people_moved_is_no_destination(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Frame == EventFrames.TakenTo);

    [Fact]
    public void Two_ends_of_the_path_people_were_led_along_are_rivals()
    {
        var groups = PlaceConflicts(
            "Sixteen passengers were stuck in a cliff railway car at Tolwick Bay. The rescue team helped them out of the car and down the maintenance stairway beside the track to Tolwick Walk.",
            "Sixteen passengers were stuck in a cliff railway car at Tolwick Bay. The rescue team helped them out of the car and down the maintenance stairway beside the track to Tolwick Walk.",
            "Sixteen passengers were stranded on the cliff railway at Tolwick Bay. Coastguard crews led the passengers up the stairway beside the track to Harnby Gardens at the top station.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }
}
