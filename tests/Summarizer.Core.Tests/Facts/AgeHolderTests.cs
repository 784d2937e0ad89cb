using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Whose age a figure is when no name is set off before it: an unnamed person, a name after the noun, a thing.</summary>
public sealed class AgeHolderTests
{
    private static AlignedGroup AgeGroup(IReadOnlyList<AlignedGroup> groups) =>
        Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Age);

    [Fact]
    public void An_unnamed_persons_age_meets_another_sources_age_said_of_the_same_fate()
    {
        var groups = Align(
            "A 71-year-old woman was found dead in her garden near Pollby on Friday, police said.",
            "Police said a pensioner aged 78 was found dead in her garden near Pollby.");

        Assert.Equal("Disagree: 1 | 2", Describe(AgeGroup(groups)));
    }

    [Fact]
    public void An_unnamed_persons_age_meets_a_named_persons_when_the_sentences_say_the_same()
    {
        var groups = Align(
            "Rescuers pulled a nine-year-old girl alive from the flooded cellar of her school on Monday.",
            "Little Mira Holt, 11, was pulled alive from the flooded cellar of her school.");

        Assert.Equal("Disagree: 1 | 2", Describe(AgeGroup(groups)));
    }

    [Fact]
    public void Ages_of_unnamed_people_in_unrelated_sentences_stay_apart()
    {
        var groups = Align(
            "A 24-year-old man from Dorrow has been charged with theft.",
            "Among the marchers was a 61-year-old teacher who had walked all day.");

        Assert.DoesNotContain(groups, g => g.Facts.First().Value.Kind == ValueKind.Age);
    }

    [Fact]
    public void A_name_apposed_after_the_aged_noun_is_the_person()
    {
        var groups = Align(
            "The 49-year-old pilot, Ansel Varro, was treated for burns. Crew member Lise Tann said the fire spread fast.",
            "Ansel Varro, 52, the pilot, was treated in hospital.");

        Assert.Equal("Disagree: 1 | 2", Describe(AgeGroup(groups)));
    }

    [Fact]
    public void The_age_of_a_thing_is_never_a_persons()
    {
        var groups = Align(
            "Engineer Petra Lund, 44, inspected the crossing on Monday.\n\nShe said the 62-year-old bridge between Arn and Tolby was sound.",
            "The 75-year-old viaduct between Arn and Tolby was inspected last year, said Petra Lund, 44.");

        var ages = groups.Where(g => g.Facts.First().Value.Kind == ValueKind.Age).ToList();
        Assert.Equal(2, ages.Count);
        Assert.Contains(ages, g => g.Label == AlignmentLabel.Agree && g.Facts.All(f => f.Value.Range.Low == 44));
        Assert.Contains(ages, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.Value.Range.Low).Order().SequenceEqual([62.0, 75.0]));
    }

    [Fact]
    public void A_surname_alone_is_a_mention_of_the_person_an_anaphoric_age_refers_to()
    {
        var groups = Align(
            "Hana Brell of the Green List beat Oskar Dunmore by 900 votes.\n\nBrell took 51% of the vote. The 41-year-old former nurse ran a local campaign.",
            "Hana Brell, 44, won the seat.");

        Assert.Equal("Disagree: 1 | 2", Describe(AgeGroup(groups)));
    }

    [Theory]
    [InlineData("The driver, a man in his fifties, was unhurt.", 50, 59)]
    [InlineData("The driver, a woman in her early thirties, was unhurt.", 30, 33)]
    [InlineData("The driver, a man in his late forties, was unhurt.", 46, 49)]
    public void A_decade_of_life_is_an_age_interval(string sentence, double low, double high)
    {
        // "was unhurt" is a count of no injuries beside the age.
        var age = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Age);

        Assert.Equal((low, high), (age.Value.Range.Low, age.Value.Range.High));
    }

    [Fact]
    public void A_decade_of_life_and_an_age_outside_it_disagree()
    {
        var groups = Align(
            "A 74-year-old woman died when a falling branch struck her car in Velby, police said.",
            "Police named the woman who died as Ada Korr, a woman in her sixties whose car was struck by a falling branch.");

        Assert.Equal("Disagree: 1 | 2", Describe(AgeGroup(groups)));
    }

    [Fact]
    public void A_surname_alone_is_the_person_its_source_named_in_full_not_a_relative_named_elsewhere()
    {
        var groups = Align(
            "Boat owner Marta Kell was rescued off Hobb Point on Tuesday. \"The sea came over the side,\" said Tomas Kell, 23, who swam ashore.",
            "Fisherwoman Marta Kell was winched to safety on Tuesday. Mrs Kell, 64, had been at sea since dawn.");

        Assert.DoesNotContain(groups, g => g.Facts.First().Value.Kind == ValueKind.Age);
    }

    [Fact]
    public void A_surname_alone_still_meets_the_same_person_named_in_full()
    {
        var groups = Align(
            "Climber Piet Oorse, 38, was flown off the ridge on Friday.",
            "Mountaineer Piet Oorse was airlifted from the ridge on Friday. Mr Oorse, 41, broke a leg.");

        Assert.Equal("Disagree: 1 | 2", Describe(AgeGroup(groups)));
    }
}
