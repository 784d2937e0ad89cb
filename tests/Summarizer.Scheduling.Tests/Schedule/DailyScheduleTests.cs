using Summarizer.Scheduling.Schedule;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Schedule;

public sealed class DailyScheduleTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static List<DateTimeOffset> Fires(DailySchedule schedule, DateTimeOffset from, int count)
    {
        var fires = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            from = schedule.NextAfter(from)!.Value;
            fires.Add(from);
        }

        return fires;
    }

    [Fact]
    public void Next_fire_is_read_in_the_schedule_time_zone()
    {
        var schedule = DailySchedule.Create("0 6 * * *", Paris);

        // 06:00 Paris in winter is 05:00 UTC, in summer 04:00 UTC.
        Assert.Equal(Utc(1, 6, 5), schedule.NextAfter(Utc(1, 6, 0)));
        Assert.Equal(Utc(1, 7, 5), schedule.NextAfter(Utc(1, 6, 5)));
        Assert.Equal(Utc(7, 1, 4), schedule.NextAfter(Utc(6, 30, 4, 30)));
    }

    [Fact]
    public void Next_uses_the_injected_clock()
    {
        var clock = new FakeClock(Utc(1, 6, 7));
        var schedule = DailySchedule.Create("0 6 * * *", Paris, clock);
        Assert.Equal(Utc(1, 7, 5), schedule.Next());
        Assert.Equal("0 0 6 * * ?", schedule.QuartzExpression);
    }

    [Fact]
    public void Spring_forward_fires_a_skipped_time_once_right_after_the_jump()
    {
        // 29 March 2026: Paris clocks go from 02:00 straight to 03:00, so 02:30 does not exist.
        var schedule = DailySchedule.Create("30 2 * * *", Paris);
        var fires = Fires(schedule, Utc(3, 27, 0), 4);

        Assert.Equal([Utc(3, 27, 1, 30), Utc(3, 28, 1, 30), Utc(3, 29, 1, 0), Utc(3, 30, 0, 30)], fires);
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(fires[2], Paris).DateTime));
    }

    [Fact]
    public void Fall_back_fires_a_repeated_time_once_at_its_first_occurrence()
    {
        // 25 October 2026: Paris clocks go from 03:00 back to 02:00, so 02:30 happens twice.
        var schedule = DailySchedule.Create("30 2 * * *", Paris);
        var fires = Fires(schedule, Utc(10, 24, 0), 3);

        Assert.Equal([Utc(10, 24, 0, 30), Utc(10, 25, 0, 30), Utc(10, 26, 1, 30)], fires);
        Assert.Single(fires, f => f.Day == 25);
    }

    [Fact]
    public void Every_fire_is_a_distinct_local_day_across_a_year_of_dst_changes()
    {
        var schedule = DailySchedule.Create("30 2 * * *", Paris);
        var fires = Fires(schedule, Utc(1, 1, 0), 365);
        var days = fires.Select(f => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, Paris).DateTime)).ToList();
        Assert.Equal(365, days.Distinct().Count());
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.Equal(pair.First.AddDays(1), pair.Second));
    }

    [Fact]
    public void Latest_at_or_before_includes_the_instant_itself()
    {
        var schedule = DailySchedule.Create("0 6 * * *", Paris);
        Assert.Equal(Utc(1, 6, 5), schedule.LatestAtOrBefore(Utc(1, 6, 5)));
        Assert.Equal(Utc(1, 5, 5), schedule.LatestAtOrBefore(Utc(1, 6, 4, 59)));
        Assert.Equal(Utc(3, 29, 1), DailySchedule.Create("30 2 * * *", Paris).LatestAtOrBefore(Utc(3, 29, 12)));
    }

    [Fact]
    public void Catches_up_once_for_the_latest_missed_time_after_three_days_down()
    {
        var schedule = DailySchedule.Create("0 6 * * *", Paris);
        var lastRun = Utc(1, 6, 5);
        var now = Utc(1, 9, 9); // 7, 8 and 9 January were all missed

        Assert.Equal(Utc(1, 9, 5), schedule.MissedRun(lastRun, now));
    }

    [Fact]
    public void No_catch_up_when_the_last_run_is_current()
    {
        var schedule = DailySchedule.Create("0 6 * * *", Paris);
        Assert.Null(schedule.MissedRun(Utc(1, 9, 5), Utc(1, 9, 9)));
        Assert.Null(schedule.MissedRun(Utc(1, 9, 5), Utc(1, 10, 4, 59)));
        Assert.Equal(Utc(1, 10, 5), schedule.MissedRun(Utc(1, 9, 5), Utc(1, 10, 5, 1)));
    }

    [Fact]
    public void No_catch_up_without_history()
    {
        var schedule = DailySchedule.Create("0 6 * * *", Paris);
        Assert.Null(schedule.MissedRun(null, Utc(1, 9, 9)));
    }
}
