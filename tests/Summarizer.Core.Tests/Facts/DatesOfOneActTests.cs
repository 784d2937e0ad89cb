using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Days that outlets give for one act in different words are aligned by the act their clauses tell.</summary>
public sealed class DatesOfOneActTests
{
    private static Fact Day(string sentence, int source, string text) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Date && f.Text.Contains(text, StringComparison.Ordinal)) with { SourceId = source };

    [Fact]
    public void Two_days_whose_clauses_tell_one_act_are_paired()
    {
        List<Fact> facts = [Day("Crews reopened the footbridge over the Merrow on Tuesday.", 1, "Tuesday"), Day("Walkers were let back onto the Merrow footbridge on Wednesday.", 2, "Wednesday")];

        Assert.Equal([(0, 1)], ActPairs.Find(facts, i => i, facts, (_, _) => 0.5));
        Assert.Empty(ActPairs.Find(facts, i => i, facts, (_, _) => null));
    }

    [Fact]
    public void The_day_a_statement_was_made_is_neither_paired_nor_a_second_date_of_its_clause()
    {
        const string said = "The bakery said on Monday that inspectors found the fault on Thursday.";
        List<Fact> facts = [Day(said, 1, "Monday"), Day(said, 1, "Thursday"), Day("Inspectors traced the fault in the oven on Wednesday.", 2, "Wednesday")];

        Assert.Equal(EventFrames.Said, facts[0].Frame);
        Assert.Equal([(1, 2)], ActPairs.Find(facts, i => i, facts, (_, _) => 0.5));
    }

    [Fact]
    public void A_day_the_other_source_also_gives_elsewhere_is_another_act()
    {
        var complained = Day("Tenants first complained of damp on Thursday, two days before the ceiling of the flat gave way.", 1, "Thursday");
        var fell = Day("The ceiling of the flat gave way on Saturday night.", 2, "Saturday");
        List<Fact> alone = [complained, fell];
        var evening = FactTestKit.Read("It came down at about 8pm on Saturday, neighbours said.").Single(f => f.Value.Kind == ValueKind.TimeOfDay) with { SourceId = 1, SentenceIndex = 1 };
        List<Fact> story = [complained, fell, evening];

        Assert.Equal([(0, 1)], ActPairs.Find(alone, i => i, alone, (_, _) => 0.5));
        Assert.Empty(ActPairs.Find(alone, i => i, story, (_, _) => 0.5));
    }

    [Fact]
    public void A_weekday_the_other_source_names_elsewhere_is_that_day_whatever_week_it_was_read_in()
    {
        var back = Day("Porters will be back at work on Friday after their union accepted the hospital's offer.", 1, "Friday");
        var ballot = Day("The union accepted the hospital's offer in a ballot that closed on Tuesday night.", 2, "Tuesday");
        var shifts = FactTestKit.Read("Porters return to their shifts on Friday morning.").First(f => f.Text.Contains("Friday", StringComparison.Ordinal)) with { SourceId = 2, SentenceIndex = 1 };
        List<Fact> alone = [back, ballot];
        List<Fact> story = [back, ballot, shifts];

        Assert.Equal([(0, 1)], ActPairs.Find(alone, i => i, alone, (_, _) => 0.5));
        Assert.Empty(ActPairs.Find(alone, i => i, story, (_, _) => 0.5));
    }
}
