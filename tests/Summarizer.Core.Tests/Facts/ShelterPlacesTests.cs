using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where people moved from their homes or from an event were sheltered ("a rest centre was opened at X", "were put up at
/// Y") is the place of a later step of the story, the slot of "taken to", not where the event happened: the rest centre
/// is "opened" as a fire "broke out", and the verbs must not make the hall a rival of the event's site (invented sentences).
/// </summary>
public sealed class ShelterPlacesTests
{
    [Theory]
    [InlineData("A rest centre was opened at Harnby Village Hall for anyone who wanted to leave home.", "at Harnby Village Hall")]
    [InlineData("The district council evacuated 20 homes and opened a rest centre at the Tolwick Institute.", "at the Tolwick Institute")]
    [InlineData("A rest centre opened at 8pm on Friday at Corsby Leisure Centre for families without power.", "at Corsby Leisure Centre")]
    [InlineData("An evacuation centre was set up in Marlow Grange School.", "in Marlow Grange School")]
    [InlineData("The stranded guests were later put up at the Anchor Hotel.", "at the Anchor Hotel")]
    [InlineData("Forty residents spent the night at Kelby Community Hall.", "at Kelby Community Hall")]
    public void A_place_people_were_sheltered_at_is_where_they_were_taken(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    [Theory]
    [InlineData("Fire broke out at Harnby Moor shortly before midnight.")]
    [InlineData("A temporary mast has been put up at Brackley Common.")]
    [InlineData("Staff at the garden centre in Marlow Grange said the roof had held.")]
    [InlineData("The rest of the convoy waited at Corsby Bridge.")]
    public void A_place_of_no_shelter_keeps_its_own_frame(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Frame == EventFrames.TakenTo);

    [Fact]
    public void Two_outlets_shelters_are_rivals_and_neither_is_a_rival_of_the_event_s_site()
    {
        var groups = PlaceConflicts(
            "Fire broke out at Harnby Moor battery site on Tuesday night. A rest centre was opened at Harnby Village Hall for residents.",
            "Fire broke out at Harnby Moor battery site on Tuesday night. A rest centre was opened at Harnby Village Hall for residents.",
            "The blaze started at Harnby Moor late on Tuesday. Residents who left their homes were put up at Corwen Methodist Hall.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
        Assert.All(group.Facts, f => Assert.Contains("Hall", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_rest_centre_is_no_rival_of_where_the_event_happened()
    {
        var groups = PlaceConflicts(
            "The cliff gave way beneath Gullcrest Road at about 4am. The council opened a rest centre at the Tolwick Institute.",
            "The cliff gave way beneath Gullcrest Road at about 4am. The council opened a rest centre at the Tolwick Institute.",
            "The ground collapsed below Gullcrest Road before dawn, engineers said.");

        Assert.Empty(groups);
    }

    // The evacuated go to a hall or a hotel, the injured to a hospital: two steps, not two versions of one place.
    [Fact]
    public void A_rest_centre_is_no_rival_of_the_hospital_the_hurt_were_taken_to()
    {
        var groups = PlaceConflicts(
            "Two people were hurt in the gas blast on Fenner Row. Ambulance crews took the injured to Tolworth General Hospital.",
            "Two people were hurt in the gas blast on Fenner Row. The council opened a rest centre at Brindle Community Hall for families.");

        Assert.Empty(groups);
    }
}
