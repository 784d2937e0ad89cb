using Quartz;

namespace Summarizer.Scheduling.Schedule;

/// <summary>
/// When the daily job fires: a cron expression read in a named time zone.
/// </summary>
/// <remarks>
/// Fire times are computed on the zone's wall clock by Quartz, which keeps DST sane: a time skipped by
/// the spring-forward jump fires once at the first instant after it (02:30 becomes 03:00), and a time
/// repeated by the fall-back fires once, at its first (summer-time) occurrence.
/// </remarks>
public sealed class DailySchedule
{
    private readonly CronExpression _cron;
    private readonly TimeProvider _time;

    private DailySchedule(CronExpression cron, string standardCron, TimeProvider time)
    {
        _cron = cron;
        _time = time;
        StandardExpression = standardCron;
    }

    /// <summary>The five-field expression as the user wrote it.</summary>
    public string StandardExpression { get; }

    /// <summary>The Quartz form it was converted to (with seconds and <c>?</c>).</summary>
    public string QuartzExpression => _cron.CronExpressionString;

    public TimeZoneInfo TimeZone => _cron.TimeZone;

    /// <summary>
    /// Builds a schedule from a standard five-field cron expression; throws <see cref="FormatException"/>
    /// naming the bad field.
    /// </summary>
    public static DailySchedule Create(string standardCron, TimeZoneInfo timeZone, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var quartz = StandardCron.ToQuartz(standardCron);
        return new DailySchedule(new CronExpression(quartz, timeZone), standardCron, time ?? TimeProvider.System);
    }

    /// <summary>The first fire time strictly after <paramref name="instant"/>, or null when there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _cron.GetNextValidTimeAfter(instant);

    /// <summary>The first fire time strictly after the clock's now.</summary>
    public DateTimeOffset? Next() => NextAfter(_time.GetUtcNow());

    /// <summary>The latest fire time at or before <paramref name="instant"/>, or null when there is none.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant)
    {
        // Quartz works in whole seconds and searches strictly before; one second later includes the instant itself.
        var truncated = new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return _cron.GetPreviousValidTimeBefore(truncated.AddSeconds(1));
    }

    /// <summary>
    /// The one run to catch up at start: the latest fire time at or before <paramref name="now"/> when it is
    /// later than <paramref name="lastScheduled"/> (the scheduled time of the last successful run).
    /// Several missed days give a single run, for the most recent of them, since a brief covers a window
    /// ending at its run. With no history (<paramref name="lastScheduled"/> null) nothing is missed: a
    /// first start waits for the schedule (use <c>--once</c> for an immediate brief).
    /// </summary>
    public DateTimeOffset? MissedRun(DateTimeOffset? lastScheduled, DateTimeOffset now)
    {
        if (lastScheduled is not { } last)
        {
            return null;
        }

        var latest = LatestAtOrBefore(now);
        return latest is { } l && l > last ? l : null;
    }
}
