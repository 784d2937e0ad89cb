using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A planned day reaches its slot however its clause tells it, and pairs there with another outlet's planned day: a day
/// after the report's own date with no past verb of its clause is set ahead (ScheduledDays.AfterReport); another day of
/// its sentence (the day something was said or happened) is no rival for the plan slot; and two dates each written with
/// their day of the month conflict though their weekdays differ (SlotPairs; invented sentences).
/// </summary>
public sealed class PlannedDaysToldAnyWayTests
{
    [Theory]
    [InlineData("The new parking rules come into force on 6 April.", "6 April")]
    [InlineData("The levy was approved last night, to take effect on 1 May.", "1 May")]
    [InlineData("Bin collections move to Tuesdays, with the new rota starting on 20 April.", "20 April")]
    public void A_day_after_the_report_told_without_a_past_verb_is_set_ahead(string sentence, string day) =>
        Assert.True(Assert.Single(Read(sentence), f => f.Text.Contains(day, StringComparison.Ordinal)).Ahead);

    [Theory]
    [InlineData("The bridge was reopened on 14 March.", "14 March")]
    [InlineData("The market opens on 2 March.", "2 March")]
    [InlineData("The board's meeting on 20 April approved the sale.", "20 April")]
    [InlineData("The chief executive set out the timetable on Monday 4 May.", "Monday 4 May")]
    public void A_past_verb_or_a_day_before_the_report_sets_no_day_ahead(string sentence, string day) =>
        Assert.False(Assert.Single(Read(sentence), f => f.Text.Contains(day, StringComparison.Ordinal)).Ahead);

    [Theory]
    [InlineData("Staff were told on Tuesday that the depot will close on 4 May.", "Drivers are due to lose their yard on 11 May.", "4 May", "11 May")]
    [InlineData("In a letter sent on Monday, the trust said the ward would shut on 2 June.", "Patients will lose their beds on 9 June.", "2 June", "9 June")]
    [InlineData("The club, which lost its lease on 1 February, will leave the ground on 30 April.", "Supporters are set to say goodbye to the stadium on 7 May.", "30 April", "7 May")]
    public void A_planned_day_beside_another_days_of_its_sentence_still_fills_the_plan_slot(string first, string second, string one, string other) =>
        AssertConflict(first, second, one, other);

    [Theory]
    [InlineData("The fair was due to open on Friday 10 April.", "The three-day event was to start on Saturday 11 April.", "Friday 10 April", "Saturday 11 April")]
    [InlineData("The school will reopen on Monday 20 April.", "Pupils are to return to class on Tuesday 21 April.", "Monday 20 April", "Tuesday 21 April")]
    [InlineData("The new timetable will start on Sunday 5 April.", "Trains are set to run to the new times on Monday 13 April.", "Sunday 5 April", "Monday 13 April")]
    public void Planned_dates_written_with_their_day_of_the_month_conflict_on_different_weekdays(string first, string second, string one, string other) =>
        AssertConflict(first, second, one, other);

    private static void AssertConflict(string first, string second, string one, string other)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(one, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(other, StringComparison.Ordinal)));
    }
}
