using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where people or things were moved to ("airlifted to Kelvin General Hospital", "taken by minibus to the village hall in
/// Glenmuir") is a place slot of its own, compared across sources whatever the event around it (invented sentences).
/// </summary>
public sealed class DestinationPlacesTests
{
    private static List<AlignedGroup> Places(params string[] texts) =>
        Align(texts).Where(g => g.Facts.First().Value.Kind == ValueKind.Place).ToList();

    [Theory]
    [InlineData("The boy was airlifted to Kelvin General Hospital on Friday.", "to Kelvin General Hospital")]
    [InlineData("Evacuees were taken by minibus to the village hall in Glenmuir.", "to the village hall in Glenmuir")]
    [InlineData("The injured girl was flown to hospital in Trevanna.", "to hospital in Trevanna")]
    [InlineData("Those brought down were led to the Kellan Ridge base lodge to warm up.", "to the Kellan Ridge base lodge")]
    [InlineData("Walkers were taken to the Garrow Pass mountain hut overnight.", "to the Garrow Pass mountain hut")]
    public void A_place_after_a_moving_verb_is_where_someone_was_taken(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    // The site's own kind says people were moved, whatever the subject: a bare name, a name with an aside, a nickname.
    [Theory]
    [InlineData("Orla Brennock, hurled over the handlebars, was rushed to Tamsworth Royal Infirmary.", "to Tamsworth Royal Infirmary")]
    [InlineData("Dafydd Lane was later transferred to the Pennock Community Hospital for scans.", "to the Pennock Community Hospital")]
    [InlineData("Wing-half Toby Marsh was stretchered off and taken to Caldon Cottage Hospital in Marrow.", "to Caldon Cottage Hospital in Marrow")]
    public void A_site_that_takes_in_people_is_where_someone_was_taken_whatever_the_subject(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    // Where someone left care from is where they had been taken.
    [Theory]
    [InlineData("The cyclist has since been discharged from Tamsworth Royal Infirmary.", "from Tamsworth Royal Infirmary")]
    [InlineData("Both pensioners were released from the Pennock Community Hospital on Sunday.", "from the Pennock Community Hospital")]
    [InlineData("Mr Hale, 64, was discharged from Caldon Cottage Hospital after two nights.", "from Caldon Cottage Hospital")]
    public void A_site_someone_was_discharged_from_is_where_they_were_taken(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    [Theory]
    [InlineData("The minister spoke to Harwell Council on Monday.")]
    [InlineData("The union sent a letter of protest to Harwell Council.")]
    [InlineData("Four inbound flights were diverted to Brackenmoor.")]
    [InlineData("The hockey club has moved its home games to the Dunford Arena.")]
    public void To_after_other_words_names_no_place(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    [Fact]
    public void Two_hospitals_a_patient_was_flown_to_conflict()
    {
        var groups = Places(
            "The boy was airlifted to Kelvin General Hospital after the slide collapsed.",
            "The boy was flown to hospital in Kelvin after the slide collapsed.",
            "The boy was airlifted to St Aubyn's Hospital in Porthlow after the slide collapsed.");

        Assert.Equal("Disagree: 1,2 | 3", Describe(Assert.Single(groups)));
    }
}
