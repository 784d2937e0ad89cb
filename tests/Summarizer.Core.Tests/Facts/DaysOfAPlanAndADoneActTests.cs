using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A day still to come for its outlet and a day already past for its own are days of two acts (a planned one and a done
/// one), not two versions of one date, however alike their clauses read (invented sentences; outlets published a day apart).
/// </summary>
public sealed class DaysOfAPlanAndADoneActTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static Fact Day(int source, string text, string day, int daysAfterSunday) => DateIn(source, text, day, Sunday.AddDays(daysAfterSunday));

    [Theory]
    [InlineData("A 41-year-old man was arrested at a flat in Orley on Friday morning over the theft of the bronze statue, police said.", "Friday",
        "Ivo Pask, 41, was arrested over the theft of the bronze statue and will appear before Orley magistrates on Tuesday, police said.", "Tuesday")]
    [InlineData("The trial of the builder collapsed at Orley Crown Court on 2 March after a juror was discharged.", "2 March",
        "The builder's retrial at Orley Crown Court has been listed to begin on 14 September 2026.", "14 September")]
    public void A_day_to_come_and_a_day_gone_are_not_one_date(string done, string doneDay, string planned, string plannedDay)
    {
        var past = Day(1, done, doneDay, 0);
        var coming = Day(2, planned, plannedDay, 1);

        Assert.Equal(DateTense.Past, past.Tense);
        Assert.Equal(DateTense.ToCome, coming.Tense);
        Assert.True(DateTenses.PlanAndDone(past, coming));
        Assert.False(FactMatching.SameThing(past, coming, bothSole: true));
    }

    [Fact]
    public void Two_days_gone_of_one_act_still_meet_as_a_conflict()
    {
        var first = Day(1, "A 41-year-old man was arrested at a flat in Orley on Friday morning over the theft of the bronze statue, police said.", "Friday", 0);
        var second = Day(2, "Ivo Pask, 41, was arrested at a flat in Orley on Thursday over the theft of the bronze statue, police said.", "Thursday", 1);

        Assert.Equal(DateTense.Past, second.Tense);
        Assert.False(DateTenses.PlanAndDone(first, second));
        Assert.True(FactMatching.SameThing(first, second, bothSole: true));
    }

    [Fact]
    public void An_act_done_on_its_report_s_own_day_and_a_day_to_come_are_not_one_date()
    {
        var done = Day(1, "A 34-year-old man was arrested at a house in Orley on Monday morning over the theft of the orchids, police said.", "Monday", 1);
        var coming = Day(2, "Ivo Pask, 34, was arrested over the theft of the orchids and will appear before Orley magistrates on Thursday, police said.", "Thursday", 1);

        Assert.Equal(DateTense.Unknown, done.Tense);
        Assert.True(DateTenses.Done(done));
        Assert.True(DateTenses.PlanAndDone(done, coming));
        Assert.False(FactMatching.SameThing(done, coming, bothSole: true));
    }

    [Theory]
    [InlineData("The hall will reopen on Sunday after repairs.", "Sunday")]
    [InlineData("The footbridge will stay shut until Sunday, engineers said.", "Sunday")]
    public void A_day_set_ahead_or_a_bound_on_its_report_s_own_day_is_no_done_act(string sentence, string day) =>
        Assert.False(DateTenses.Done(Day(1, sentence, day, 0)));

    [Fact]
    public void Two_days_to_come_of_one_plan_still_meet_as_a_conflict()
    {
        var first = Day(1, "The store will close on 30 April, the company said.", "30 April", 0);
        var second = Day(2, "The store will close on 14 May, the company said.", "14 May", 1);

        Assert.False(DateTenses.PlanAndDone(first, second));
        Assert.True(FactMatching.SameThing(first, second, bothSole: true));
    }

    [Theory]
    [InlineData("The hall reopened on Friday.", "Friday", "Past")]
    [InlineData("The hall will reopen on Friday.", "Friday", "ToCome")]
    [InlineData("The hall has been closed for most of this month.", "this month", "Unknown")]
    [InlineData("The hall reopened on Sunday.", "Sunday", "Unknown")]
    public void A_date_is_read_against_its_own_report_day(string sentence, string day, string tense) =>
        Assert.Equal(tense, Day(1, sentence, day, 0).Tense.ToString());

    [Fact]
    public void The_same_day_told_as_planned_and_as_done_is_still_one_date()
    {
        var first = Day(1, "The store will close on 30 April, the company said.", "30 April", 0);
        var second = Day(2, "The store closed on 30 April, the company said.", "30 April", 60);

        Assert.False(DateTenses.PlanAndDone(first, second));
    }
}
