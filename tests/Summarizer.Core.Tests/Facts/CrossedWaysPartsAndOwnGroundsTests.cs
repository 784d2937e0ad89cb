using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Places news tells without the prepositions the reader looked for: a named way as the object of "cross" ("as she
/// crossed Tanner Street"), the top or bottom of a street or slope ("at the top of Ferngate"), and a ground a side owns
/// with "own" before its name ("at their own Mill Lane ground").
/// </summary>
public sealed class CrossedWaysPartsAndOwnGroundsTests
{
    [Theory]
    [InlineData("The cyclist was hit by a van as he crossed Tanner Street in the rain.", "Tanner Street", "street")]
    [InlineData("A boy was hurt while crossing the B4410 near the school gates.", "B4410", "")]
    [InlineData("The camera at the top of Ferngate caught more than a thousand drivers.", "Ferngate", "top")]
    [InlineData("The coach was left stranded at the bottom of Kiln Brow all night.", "Kiln Brow", "bottom")]
    [InlineData("Ashby bowled the visitors out for 61 at their own Mill Lane ground.", "Mill Lane", "ground")]
    public void A_place_told_by_these_forms_is_read(string sentence, string name, string head)
    {
        var place = OnePlace(sentence);

        Assert.Equal(NameKey.Of(name), place.Value.Name);
        Assert.Equal(head, place.Value.PlaceHead);
    }

    // Guards: a crossing of no named way, a capitalised "Cross" inside a street's name, the top of a body's table, and a
    // kind noun after function words ("its Kelby side of course").
    [Theory]
    [InlineData("The runner crossed the line in just under three hours.")]
    [InlineData("The striker crossed Harlow's defence time and again.")]
    [InlineData("The club sat at the top of the Ashby League all season.")]
    [InlineData("The coach praised its Kelby side of course, and the fans.")]
    public void No_place_is_read_from_words_that_name_none(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    [Fact]
    public void A_street_crossed_and_a_street_struck_on_are_one_place_conflict()
    {
        var conflicts = PlaceConflicts(
            "A pensioner, Edna Marsh, 80, broke her arm when a van struck her on Hollin Road.",
            "Pensioner Edna Marsh, 80, was knocked down by a van as she crossed Tanner Street.",
            "The council said the lights would be checked.");

        var conflict = Assert.Single(conflicts);
        Assert.Equal("Disagree: 1 | 2", Describe(conflict));
    }
}
