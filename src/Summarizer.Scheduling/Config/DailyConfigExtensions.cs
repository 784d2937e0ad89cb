using System.Globalization;

namespace Summarizer.Scheduling.Config;

/// <summary>What one run of the daily job reads and writes, derived from its scheduled time.</summary>
public static class DailyConfigExtensions
{
    /// <summary>
    /// The day a run is for: the scheduled time's date on the schedule's wall clock, so a 00:30 Paris run
    /// is dated that Paris day even though it is still the day before in UTC.
    /// </summary>
    public static DateOnly BriefDate(this DailyConfig config, DateTimeOffset scheduledFor)
    {
        ArgumentNullException.ThrowIfNull(config);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFor, config.Schedule.TimeZone).DateTime);
    }

    /// <summary>Where a run writes its brief files: <c>OUTPUT/YYYY-MM-DD</c>.</summary>
    public static string BriefFolder(this DailyConfig config, DateTimeOffset scheduledFor)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Path.Combine(config.Output, config.BriefDate(scheduledFor).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Articles published in (<c>From</c>, <c>To</c>] belong to the run scheduled for <c>To</c>.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) PublishedWindow(this DailyConfig config, DateTimeOffset scheduledFor)
    {
        ArgumentNullException.ThrowIfNull(config);
        return (scheduledFor - config.Window, scheduledFor);
    }
}
