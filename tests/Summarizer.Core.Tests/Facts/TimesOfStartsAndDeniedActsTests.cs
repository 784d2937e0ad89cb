using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A clock time told as the start of the story's act ("the dock strike began at 4am") or after "until" in a denied
/// clause ("did not leave the yard until about 10pm") dates the moment of the clause's act, and meets another outlet's
/// plain time of it in the time slot (invented sentences).
/// </summary>
public sealed class TimesOfStartsAndDeniedActsTests
{
    private static List<AlignedGroup> Times(params string[] texts) =>
        Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay)).ToList();

    [Fact]
    public void A_time_after_until_in_a_denied_clause_is_asserted_and_ends_nothing()
    {
        var time = Value("The snowploughs did not leave the yard until about 10pm.");

        Assert.Equal(FactMood.Asserted, time.Mood);
        Assert.Equal("", time.Phase);
        Assert.NotEqual("end", time.Frame);
    }

    [Fact]
    public void A_denied_act_with_no_until_stays_denied()
    {
        Assert.Equal(FactMood.Negated, Value("The snowploughs did not leave the yard at 10pm.").Mood);
    }

    [Fact]
    public void A_denial_in_an_earlier_clause_does_not_reach_the_until()
    {
        var time = Assert.Single(Read("Nobody was hurt, and the road stayed shut until 6pm."), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.Equal(FactMood.Asserted, time.Mood);
        Assert.Equal("end", time.Frame);
    }

    [Fact]
    public void A_denied_act_dated_by_until_meets_another_outlets_time_of_the_act()
    {
        var group = Assert.Single(Times(
            "Council gritters were sent out at 7pm.",
            "Salt spreaders did not leave the Kelby depot until about 10pm."));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_start_told_with_its_verb_meets_another_outlets_plain_time_of_the_act()
    {
        var group = Assert.Single(Times(
            "The dock strike began at 4am on Monday, the union said.",
            "Port workers walked out at 6am on Monday."));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_start_fills_the_time_slot_and_an_end_does_not()
    {
        Assert.Equal("start", Value("The dock strike began at 4am on Monday.").Phase);
        Assert.NotNull(SlotPairs.Slot(Value("The dock strike began at 4am on Monday.")));
        Assert.Null(SlotPairs.Slot(Value("The dock strike ended at 6pm on Monday.")));
    }
}
