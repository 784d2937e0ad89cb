using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>A weekday said alone is the last or the coming one by the verb of its own clause, not by any word of the sentence.</summary>
public sealed class WeekdayTenseTests
{
    private static readonly DateOnly MondayTheTwentyThird = new(2026, 11, 23);

    private static DateOnly Day(string sentence, string weekday, DateOnly anchor)
    {
        var fact = Assert.Single(FactTestKit.Read(sentence, anchor), f => f.Value.Kind == ValueKind.Date && f.Text.Contains(weekday, StringComparison.Ordinal));
        return DateOnly.FromDayNumber((int)fact.Value.Range.Low);
    }

    [Fact]
    public void A_past_verb_dates_the_weekday_before_the_article_though_the_sentence_says_from()
    {
        Assert.Equal(new DateOnly(2026, 11, 21), Day("A cyclist from Dunmore remains in hospital after being hurt in a crash on Saturday.", "Saturday", MondayTheTwentyThird));
    }

    [Fact]
    public void A_clause_of_its_own_keeps_its_past_though_another_clause_says_will()
    {
        Assert.Equal(new DateOnly(2026, 11, 19), Day("Fares will rise in January after the committee approved the plan on Thursday.", "Thursday", MondayTheTwentyThird));
        Assert.Equal(new DateOnly(2026, 11, 16), Day("The library closed its doors on Monday after damp was found, and will stay shut for a month.", "Monday", new DateOnly(2026, 11, 19)));
    }

    [Fact]
    public void A_coming_event_still_looks_ahead()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Day("The union said drivers will walk out on Thursday.", "Thursday", MondayTheTwentyThird));
        Assert.Equal(new DateOnly(2026, 11, 27), Day("On Friday, the council will vote on the plan.", "Friday", MondayTheTwentyThird));
    }
    [Fact]
    public void As_planned_compares_with_the_plan_and_leaves_the_tense_to_the_verb()
    {
        Assert.Equal(new DateOnly(2026, 11, 19), Day("The regatta went ahead as planned on Thursday despite the wind.", "Thursday", MondayTheTwentyThird));
        Assert.Equal(new DateOnly(2026, 11, 20), Day("The ferry sailed as scheduled on Friday despite the swell.", "Friday", MondayTheTwentyThird));
    }

    [Fact]
    public void A_possessive_weekday_names_one_occasion_not_a_habit()
    {
        Assert.Equal(new DateOnly(2026, 11, 17), Day("Two workers were treated for burns in Tuesday's blaze at the depot.", "Tuesday", MondayTheTwentyThird));
        Assert.Equal(new DateOnly(2026, 11, 20), Day("Guests fell ill at Friday night's banquet in the town hall.", "Friday", MondayTheTwentyThird));
    }
}
