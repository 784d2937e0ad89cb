using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// How news tells where a thing happened with prepositions and parts of a place that were not read: a vessel "alongside"
/// a quay, a name ending in its own landform after "on" ("on Ousby Knowe", "on Dalgetty Moss"), and a part of a place
/// named with "of" ("near the mouth of Port Varrow harbour", "in the grounds of Ludcombe Manor").
/// </summary>
public sealed class PlacePrepositionsAndPartsTests
{
    [Theory]
    [InlineData("The topmast broke while the brigantine was moored alongside the Fish Quay at Polwithen.", "alongside", "Fish Quay", "quay")]
    [InlineData("Firefighters were called to the mast on Ousby Knowe shortly before midnight.", "on", "Ousby Knowe", "knowe")]
    [InlineData("The site stands on Dalgetty Moss, a stretch of open moor on the western side of the dale.", "on", "Dalgetty Moss", "moss")]
    [InlineData("The old tower on Gallows Knap lost most of its water overnight.", "on", "Gallows Knap", "knap")]
    [InlineData("The marquee had been pitched in the grounds of Ludcombe Manor for the reception.", "in", "Ludcombe Manor", "grounds")]
    public void A_place_told_by_these_forms_is_read(string sentence, string relation, string name, string head)
    {
        var place = OnePlace(sentence);

        Assert.Equal(relation, place.Relation);
        Assert.Equal(NameKey.Of(name), place.Value.Name);
        Assert.Equal(head, place.Value.PlaceHead);
    }

    [Fact]
    public void The_mouth_of_a_harbour_is_read_as_a_part_of_it()
    {
        var place = OnePlace("The cable was cut near the mouth of Port Varrow harbour on Monday.");

        Assert.Equal("near", place.Relation);
        Assert.StartsWith(NameKey.Of("Port Varrow"), place.Value.Name);
    }

    // Guards: "alongside" a person, a bare surname after "on", and "on the grounds of" a reason name no place.
    [Theory]
    [InlineData("The captain had sailed alongside Tom Pellow for twenty years.")]
    [InlineData("The report focused on Moss, the club's captain, all week.")]
    [InlineData("The council refused the plan on the grounds of cost last week.")]
    public void No_place_is_read_from_words_that_name_none(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);
}
