using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Ages news gives without "aged" or "-year-old": "a woman of 67" (a noun of sex or stage of life takes no counted
/// "of"), "at 24 the oldest penguin", "the tower, 78 years old", and the name given to an aged noun after a superlative.
/// </summary>
public sealed class AgesByNounAndAppositionTests
{
    [Theory]
    [InlineData("A woman of 67 needed hospital treatment for a cut to her head.", 67)]
    [InlineData("Families were on board, and the oldest passenger was a woman of 88.", 88)]
    [InlineData("Five riders were still aboard, with the youngest rider, a girl of four, among them.", 4)]
    [InlineData("An elderly man of 81 was helped from the car.", 81)]
    [InlineData("Among the dead is Juniper, at 24 the oldest penguin in the group.", 24)]
    public void A_number_said_of_a_person_by_position_is_their_age(string sentence, double age)
    {
        var fact = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Age);
        Assert.Equal(age, fact.Value.Range.Low);
    }

    [Theory]
    [InlineData("A mother of three was among those rescued from the flat.")]
    [InlineData("A grandfather of 12 said he had never seen the river so high.")]
    [InlineData("A crew of 12 was lifted from the trawler.")]
    [InlineData("A total of 40 people were moved from the street.")]
    [InlineData("The woman of 67 homes on the list was not named.")]
    [InlineData("They arrived at 24 the next morning.")]
    public void A_number_after_a_noun_of_kin_or_a_group_is_no_age(string sentence) =>
        Assert.DoesNotContain(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Age);

    [Fact]
    public void An_age_set_off_after_a_things_noun_is_that_things()
    {
        var apposed = Assert.Single(FactTestKit.Read("The tower, 78 years old, drained overnight on Gallows Knap."), f => f.Value.Kind == ValueKind.Age);
        var glued = Assert.Single(FactTestKit.Read("The 91-year-old tower on Gallows Knap drained overnight."), f => f.Value.Kind == ValueKind.Age);

        Assert.StartsWith(Measures.ThingPrefix, apposed.Measure, StringComparison.Ordinal);
        Assert.Equal(glued.Measure, apposed.Measure);
    }

    [Fact]
    public void A_superlative_does_not_hide_the_name_given_to_the_aged_noun()
    {
        var called = Assert.Single(FactTestKit.Read("The oldest to escape, a 23-year-old great hornbill named Bartholomew, was recaptured last week."), f => f.Value.Kind == ValueKind.Age);
        var set = Assert.Single(FactTestKit.Read("Among the escapees was Bartholomew, a great hornbill aged 31, who was spotted on a chimney."), f => f.Value.Kind == ValueKind.Age);

        Assert.Equal(set.Measure, called.Measure);
    }

    [Fact]
    public void A_superlative_with_no_name_after_it_still_says_whose_age_it_is() =>
        Assert.Equal("oldest", Assert.Single(FactTestKit.Read("The oldest casualty was a 29-year-old female that had bred for years."), f => f.Value.Kind == ValueKind.Age).Measure);
}
