using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet gives one early day of the story's planned act, set ahead by the verb group of its own clause ("will
/// close on", "is due to open on", "from ... will pay"), in sentences that name the plan in words of their own: the two
/// days fill one slot and conflict (SlotPairs, a planned day; ScheduledDays; invented sentences).
/// </summary>
public sealed class ScheduledDaySlotTests
{
    [Theory]
    [InlineData("Tenants at Wrenfield Court will pay £640 a month from 6 April.", "The higher rents are due to start on 13 April.", "6 April", "13 April")]
    [InlineData("The Corley swimming baths will shut their doors on 2 October.", "Lane swimmers are to lose their pool on 9 October.", "2 October", "9 October")]
    [InlineData("Anglers will need a new permit from 1 March.", "The licence scheme is set to begin on 15 March.", "1 March", "15 March")]
    public void Days_set_ahead_by_their_clauses_meet_as_one_plan(string first, string second, string one, string other)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(one, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(other, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The depot will close on 4 May.", "4 May")]
    [InlineData("The museum is due to reopen on Saturday 9 May.", "Saturday 9 May")]
    [InlineData("The festival was to open on 14 August.", "14 August")]
    [InlineData("The operator hopes to restart the service on 3 June.", "3 June")]
    public void A_future_or_schedule_verb_group_sets_a_day_ahead(string sentence, string day) =>
        Assert.True(Assert.Single(Read(sentence), f => f.Text.Contains(day, StringComparison.Ordinal)).Ahead);

    [Theory]
    [InlineData("The chief executive set out the plan to investors on Monday 4 May.", "Monday 4 May")]
    [InlineData("The depot closed on 4 May.", "4 May")]
    [InlineData("The council said it would review the scheme, which began on 2 March.", "2 March")]
    public void A_past_verb_or_a_noun_before_to_sets_no_day_ahead(string sentence, string day) =>
        Assert.False(Assert.Single(Read(sentence), f => f.Text.Contains(day, StringComparison.Ordinal)).Ahead);

    [Fact]
    public void An_outlet_that_sets_two_days_ahead_fills_the_plan_slot_with_neither()
    {
        var conflicts = FactDisagreements.From(Align(
            "Tenants at Wrenfield Court will pay £640 a month from 6 April.",
            "The higher rents are due to start on 13 April. A review will follow on 20 June."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("April", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_outlets_plans_on_one_day_are_not_one_plan_by_the_slot()
    {
        var groups = Align(
            "Gardeners will replant the rose beds on 12 May, the council said.",
            "Residents will vote on the new allotment rules on 12 May.");

        Assert.DoesNotContain(groups, g => g.Facts.Select(f => f.SourceId).Distinct().Count() == 2 && g.Facts.Any(f => f.Text.Contains("12 May", StringComparison.Ordinal)));
    }
}
