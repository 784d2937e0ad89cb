using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "By" a day already gone tells what stood by then ("had been discharged by Sunday"), the day an outlet looked, not the
/// day anything was done: against the day of an act ("rescued on Saturday") it is no second version of that day. A deadline
/// still to come stays the date of its plan (invented sentences; outlets published a day apart).
/// </summary>
public sealed class ALimitPassedIsNoDayOfAnActTests
{
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Fact Day(int source, string text, string day, int daysAfterTuesday) => DateIn(source, text, day, Tuesday.AddDays(daysAfterTuesday));

    [Theory]
    [InlineData("All four rowers taken to hospital after the capsize had been discharged by Sunday.", "Sunday")]
    [InlineData("By Sunday evening all four rowers had been discharged from hospital.", "Sunday")]
    public void A_limit_gone_and_the_day_of_the_act_are_not_one_date(string limited, string limitDay)
    {
        var act = Day(1, "Four rowers were taken to hospital after their boat capsized on the River Orle on Saturday.", "Saturday", 0);
        var limit = Day(2, limited, limitDay, 1);

        Assert.True(DateTenses.PastLimit(limit));
        Assert.False(DateTenses.PastLimit(act));
        Assert.True(DateTenses.LimitAndDay(act, limit));
        Assert.False(FactMatching.SameThing(act, limit, bothSole: true));
    }

    [Fact]
    public void A_deadline_to_come_is_still_the_date_of_its_plan()
    {
        var plan = Day(1, "The care home will close on Friday 8 January 2027, the company said.", "8 January", 0);
        var deadline = Day(2, "The care home will close by Friday 26 February 2027, the company said.", "26 February", 1);

        Assert.False(DateTenses.PastLimit(deadline));
        Assert.False(DateTenses.LimitAndDay(plan, deadline));
    }

    [Fact]
    public void Two_days_of_one_act_still_meet_as_a_conflict()
    {
        var first = Day(1, "Four rowers were taken to hospital after their boat capsized on the River Orle on Saturday.", "Saturday", 0);
        var second = Day(2, "Four rowers were taken to hospital after their boat capsized on the River Orle on Sunday.", "Sunday", 1);

        Assert.False(DateTenses.LimitAndDay(first, second));
        Assert.True(FactMatching.SameThing(first, second, bothSole: true));
    }
}
