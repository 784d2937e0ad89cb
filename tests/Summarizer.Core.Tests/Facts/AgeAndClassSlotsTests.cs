using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Slots read by structure rather than wording: each outlet's one age of a person is one figure whether or not the
/// outlet names the person, and a count of another class in the same clause does not take a count's slot away.
/// </summary>
public sealed class AgeAndClassSlotsTests
{
    private static List<(int A, int B)> SlotPairsOf(ValueKind kind, params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == kind && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts);
    }

    [Theory]
    [InlineData("A 71-year-old walker was winched off the hillside by a coastguard helicopter on Sunday.", "Mountain rescuers said Edith Marr, 66, had slipped on wet rock.")]
    [InlineData("The fire broke out in a flat rented by a 45-year-old man, the brigade said.", "Neighbours named the tenant as Colm Hart, 52.")]
    [InlineData("A man aged 80 died in hospital on Friday.", "Relatives paid tribute to grandfather Ivo Penn, 77, who ran the village shop for decades.")]
    public void One_persons_age_named_by_one_outlet_and_unnamed_by_another_is_one_figure(string unnamed, string named)
    {
        var ages = FactTestKit.Align(unnamed, named).Where(g => g.Facts.First().Value.Kind == ValueKind.Age).ToList();

        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(Assert.Single(ages)));
    }

    [Fact]
    public void A_record_or_a_rise_in_an_ages_sentence_tells_of_another_amount_not_the_age()
    {
        Assert.NotEmpty(SlotPairsOf(
            ValueKind.Age,
            "A 74-year-old potter watched as a vase she made sold for $9,000, a record for the gallery.",
            "Potter Wenna Gault, 69, saw the vase go after a long contest between dealers."));
    }

    [Fact]
    public void Ages_of_two_people_named_differently_are_not_one_slot()
    {
        Assert.Empty(SlotPairsOf(ValueKind.Age, "Driver Lena Ott, 34, walked away from the wreck.", "Passenger Rui Sand, 29, broke his wrist."));
    }

    [Fact]
    public void A_source_giving_two_peoples_ages_fills_no_age_slot()
    {
        Assert.Empty(SlotPairsOf(
            ValueKind.Age,
            "A 30-year-old woman was arrested. A 62-year-old neighbour was treated for smoke inhalation.",
            "Police named the injured man as Abel Crane, 58."));
    }

    [Theory]
    [InlineData("A woman in her seventies was pulled from the water on Friday.", "A man in his forties later died in hospital.")]
    [InlineData("A 33-year-old mother of two was among the injured.", "The second victim, a 50-year-old man, was named on Tuesday.")]
    [InlineData("His 81-year-old grandfather lived alone above the shop.", "A 70-year-old woman was carried down from the top floor.")]
    public void Ages_of_a_man_and_a_woman_are_not_one_slot(string first, string second)
    {
        Assert.Empty(SlotPairsOf(ValueKind.Age, first, second));
    }

    [Theory]
    [InlineData("A 58-year-old bus driver was treated for shock.")]
    [InlineData("Police arrested a 44-year-old lorry driver at the scene.")]
    [InlineData("A 61-year-old ferry captain raised the alarm.")]
    public void A_thing_s_noun_before_a_person_s_noun_makes_the_age_a_person_s(string sentence)
    {
        var age = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Age);

        Assert.False(age.Measure.StartsWith(Measures.ThingPrefix, StringComparison.Ordinal), age.Measure);
    }

    [Theory]
    [InlineData("Some 2,000 fans were queuing at 40 turnstiles when the gates jammed.", "More than 3,500 people were locked outside the ground.")]
    [InlineData("Around 90 workers were led out of four warehouses on the estate.", "Some 150 staff had to leave the site.")]
    [InlineData("About 700 pupils from 12 schools sat the paper on Monday.", "Upwards of 1,100 students will have to sit it again.")]
    public void A_count_of_another_class_in_the_clause_leaves_the_count_its_slot(string first, string second)
    {
        Assert.Single(SlotPairsOf(ValueKind.Count, first, second));
    }

    [Fact]
    public void A_count_listed_beside_another_class_still_keeps_it_from_the_slot()
    {
        Assert.Empty(SlotPairsOf(ValueKind.Count, "Each new tram will carry 250 passengers and 40 bicycles.", "Some 300 travellers were stranded at the depot."));
    }
}
