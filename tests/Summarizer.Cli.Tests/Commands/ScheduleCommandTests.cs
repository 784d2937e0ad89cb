using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.Scheduling.Locking;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

public sealed class ScheduleCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> ConfigAsync(string sources)
    {
        var path = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(path, $"""
            output: ./briefs
            window: 24h
            schedule: {"{"} cron: "0 6 * * *", timeZone: "Europe/Paris" {"}"}
            provider: {"{"} name: local {"}"}
            sources:
            {sources}
            """);
        return path;
    }

    [Fact]
    public async Task Once_writes_the_days_brief_with_stories_ordered_by_outlets()
    {
        var config = await ConfigAsync($"  - folder: {RepoPaths.Fixture("day")}");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        var day = Path.Combine(_cli.WorkingDirectory, "briefs", "2026-01-06");
        Assert.Equal(["brief.html", "brief.json", "brief.md"], Directory.GetFiles(day).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var stories = JsonDocument.Parse(File.ReadAllText(Path.Combine(day, "brief.json"))).RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.True(stories.Count >= 5, $"expected the fixture day's stories, got {stories.Count}");
        var sizes = stories.Select(s => s.GetProperty("sources").GetArrayLength()).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.All(stories, s => Assert.All(s.GetProperty("sources").EnumerateArray().Select((src, i) => src.GetProperty("id").GetInt32()), (id, i) => Assert.Equal(i + 1, id)));
        Snapshot.Match(File.ReadAllText(Path.Combine(day, "brief.md")));
    }

    [Fact]
    public async Task Once_is_skipped_with_exit_1_while_another_run_holds_the_lock()
    {
        var config = await ConfigAsync($"  - folder: {RepoPaths.Fixture("day")}");
        using var held = RunLock.TryAcquire(Path.Combine(_cli.WorkingDirectory, "briefs"));
        Assert.NotNull(held);

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "briefs", "2026-01-06")));
    }

    [Fact]
    public async Task A_config_error_is_a_usage_error_naming_the_field()
    {
        var path = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(path, "schedule: { cron: \"0 6 * * *\", timeZone: \"Europe/Parris\" }\nsources:\n  - folder: ./inbox\n");

        var result = await _cli.RunAsync("schedule", "--config", path, "--once");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("schedule.timeZone", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_usable_input_exits_3()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.WorkingDirectory, "inbox")).FullName;
        var config = await ConfigAsync($"  - folder: {empty}");

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(3, result.ExitCode);
    }
}
