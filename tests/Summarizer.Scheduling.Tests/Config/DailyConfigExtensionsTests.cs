using Summarizer.Scheduling.Config;

namespace Summarizer.Scheduling.Tests.Config;

public sealed class DailyConfigExtensionsTests
{
    private static readonly DailyConfig Config = new()
    {
        ConfigPath = "/jobs/brief.yaml",
        Output = "/jobs/briefs",
        Window = TimeSpan.FromHours(36),
        Schedule = new ScheduleConfig("30 0 * * *", TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")),
        Sources = [new SourceConfig(SourceKind.Folder, "/jobs/inbox")],
    };

    [Fact]
    public void Brief_is_dated_by_the_schedule_wall_clock_not_utc()
    {
        var scheduled = new DateTimeOffset(2026, 1, 6, 23, 30, 0, TimeSpan.Zero); // 00:30 on the 7th in Paris
        Assert.Equal(new DateOnly(2026, 1, 7), Config.BriefDate(scheduled));
        Assert.Equal(Path.Combine("/jobs/briefs", "2026-01-07"), Config.BriefFolder(scheduled));
    }

    [Fact]
    public void Window_ends_at_the_scheduled_time()
    {
        var scheduled = new DateTimeOffset(2026, 1, 7, 5, 0, 0, TimeSpan.Zero);
        Assert.Equal((scheduled.AddHours(-36), scheduled), Config.PublishedWindow(scheduled));
    }
}
