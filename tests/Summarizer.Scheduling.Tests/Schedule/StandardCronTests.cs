using Quartz;
using Summarizer.Scheduling.Schedule;

namespace Summarizer.Scheduling.Tests.Schedule;

public sealed class StandardCronTests
{
    public static TheoryData<string, string> Table => new()
    {
        { "0 6 * * *", "0 0 6 * * ?" },
        { "30 4 * * 1", "0 30 4 ? * MON" },
        { "*/15 9-17 * * 1-5", "0 */15 9-17 ? * MON-FRI" },
        { "0 0 1,15 * *", "0 0 0 1,15 * ?" },
        { "0 0 * * 0", "0 0 0 ? * SUN" },
        { "0 0 * * 7", "0 0 0 ? * SUN" },
        { "0 0 * * 5-7", "0 0 0 ? * SUN,FRI,SAT" },
        { "0 0 * * 0,6", "0 0 0 ? * SUN,SAT" },
        { "0 0 * * mon-fri", "0 0 0 ? * MON-FRI" },
        { "0 0 * * MON,WED,FRI", "0 0 0 ? * MON,WED,FRI" },
        { "0 0 * * */2", "0 0 0 ? * SUN,TUE,THU,SAT" },
        { "0 0 * * 1-5/2", "0 0 0 ? * MON,WED,FRI" },
        { "0 12 * jan-mar *", "0 0 12 * JAN-MAR ?" },
        { "5 0 */2 * *", "0 5 0 */2 * ?" },
        { "0 0 13 * 5", "0 0 0 13 * FRI" },
        { "0 8 ? * ?", "0 0 8 * * ?" },
        { "@daily", "0 0 0 * * ?" },
        { "@weekly", "0 0 0 ? * SUN" },
        { "@hourly", "0 0 * * * ?" },
        { "  0   6 * * *  ", "0 0 6 * * ?" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Converts_standard_cron_to_quartz(string standard, string quartz) =>
        Assert.Equal(quartz, StandardCron.ToQuartz(standard));

    // Quartz 4.7 has its own reader for the crontab dialect; both must name the same instants.
    [Theory]
    [MemberData(nameof(Table))]
    public void Conversion_fires_when_quartz_unix_reading_fires(string standard, string quartz)
    {
        var mine = new CronExpression(quartz, TimeZoneInfo.Utc);
        var theirs = CronExpression.Parse(standard.Trim(), CronFormat.Unix);
        var a = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var b = a;
        for (var i = 0; i < 40; i++)
        {
            a = mine.GetNextValidTimeAfter(a)!.Value;
            b = theirs.GetNextValidTimeAfter(b)!.Value;
            Assert.Equal(b, a);
        }
    }

    [Fact]
    public void Day_of_month_and_day_of_week_both_restricted_fire_when_either_matches()
    {
        var cron = new CronExpression(StandardCron.ToQuartz("0 0 13 * 5"), TimeZoneInfo.Utc);
        var t = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var fires = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            t = cron.GetNextValidTimeAfter(t)!.Value;
            fires.Add(t);
        }

        // Fridays 2, 9, 16 January 2026 and Tuesday the 13th.
        Assert.Equal([2, 9, 13, 16], fires.Select(f => f.Day));
    }

    [Fact]
    public void Day_of_week_covering_the_week_still_ors_with_day_of_month()
    {
        // POSIX: both fields given as elements or lists means either may match, so this fires daily.
        var cron = new CronExpression(StandardCron.ToQuartz("0 0 13 * 0-7"), TimeZoneInfo.Utc);
        var next = cron.GetNextValidTimeAfter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("0 6 * *", "expected 5 fields")]
    [InlineData("0 0 6 * * ?", "expected 5 fields")]
    [InlineData("60 6 * * *", "minute: 60 is out of range 0-59")]
    [InlineData("0 24 * * *", "hour: 24 is out of range 0-23")]
    [InlineData("0 6 0 * *", "day-of-month: 0 is out of range 1-31")]
    [InlineData("0 6 * 13 *", "month: 13 is out of range 1-12")]
    [InlineData("0 6 * * 8", "day-of-week: 8 is out of range 0-7")]
    [InlineData("0 6 * * FUN", "day-of-week: 'FUN' is not a number or a name")]
    [InlineData("*/0 6 * * *", "minute: step '0' must be a positive whole number")]
    [InlineData("5/10 6 * * *", "minute: a step needs a range or '*'")]
    [InlineData("0 17-9 * * *", "hour: range '17-9' runs backwards")]
    [InlineData("0 6 L * *", "day-of-month: 'L' is not a number")]
    [InlineData("0 6 1,,2 * *", "day-of-month: empty list item")]
    [InlineData("@often", "unknown macro '@often'")]
    public void Rejects_bad_expressions_naming_the_field(string expression, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => StandardCron.ToQuartz(expression));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
