using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A date in the past progressive ("was being held in custody on Saturday night", "were counting the cost on Wednesday")
/// tells a state seen to hold on that day, not the day of an act: against the day of the act that began it, or another day
/// the state was seen on, it is no second version of one date. A simple past and a day still to come are read as before
/// (invented sentences; outlets published a day apart).
/// </summary>
public sealed class ADayAStateWasSeenIsNoDayOfAnActTests
{
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Fact Day(int source, string text, string day, int daysAfterTuesday) => DateIn(source, text, day, Tuesday.AddDays(daysAfterTuesday));

    [Theory]
    [InlineData("Traders in Arnley were counting the cost of the power cut on Wednesday.", "Wednesday")]
    [InlineData("Traders in Arnley were still counting the cost of the power cut on Wednesday.", "Wednesday")]
    [InlineData("Traders in Arnley were on Wednesday counting the cost of the power cut.", "Wednesday")]
    public void A_state_seen_on_a_day_and_the_day_of_the_act_are_not_one_date(string seen, string seenDay)
    {
        var act = Day(1, "A power cut left traders in Arnley without electricity on Tuesday evening.", "Tuesday", 0);
        var state = Day(2, seen, seenDay, 1);

        Assert.True(state.StateSeen);
        Assert.False(act.StateSeen);
        Assert.True(DateTenses.StateAndDay(act, state));
        Assert.False(FactMatching.SameThing(act, state, bothSole: true));
    }

    [Fact]
    public void A_passive_progressive_is_a_state_seen_too()
    {
        var state = Day(1, "The driver was being held in custody on Saturday night, police said.", "Saturday", 0);
        var later = Day(2, "The driver was last night being held in a police cell.", "last night", 1);

        Assert.True(state.StateSeen);
        Assert.True(later.StateSeen);
        Assert.True(DateTenses.StateAndDay(state, later));
    }

    [Theory]
    [InlineData("The driver was arrested on Saturday night, police said.", "Saturday")]
    [InlineData("The council was planning a meeting, and the mayor resigned on Saturday.", "Saturday")]
    [InlineData("There was nothing left of the shop on Saturday.", "Saturday")]
    [InlineData("A boy was skating with friends at the rink on Sunday when a barrier gave way.", "Sunday")]
    public void A_simple_past_is_still_the_day_of_an_act(string text, string day)
    {
        Assert.False(Day(1, text, day, 0).StateSeen);
    }

    [Fact]
    public void A_scene_broken_into_by_an_act_still_dates_the_act()
    {
        var scene = Day(1, "A boy was skating with friends at the rink on Sunday when a barrier gave way.", "Sunday", 1);
        var act = Day(2, "A barrier at the rink gave way on Saturday, injuring a boy.", "Saturday", 1);

        Assert.False(DateTenses.StateAndDay(scene, act));
    }

    [Fact]
    public void A_day_still_to_come_is_no_state_seen()
    {
        var plan = Day(1, "Councillors were meeting on 20 March to decide the fate of the library.", "20 March", 0);

        Assert.False(DateTenses.StateAndDay(plan, Day(2, "Councillors will meet on 19 March to decide the fate of the library.", "19 March", 0)));
    }
}
