using System.Globalization;
using Summarizer.Cli.Tests.Support;
using Summarizer.Scheduling.History;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// SIGTERM sent by the OS to a real <c>summarizer schedule</c> process in the middle of a run: it must stop
/// with exit 130 (without waiting for the feed that never answers), leave earlier briefs and the output folder as they were, record the run as
/// failed ("cancelled") and release the run lock.
/// </summary>
public sealed class ScheduleSignalTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-signal-").FullName;
    private NewsServer _server = null!;

    private string Output => Path.Combine(_dir, "briefs");

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task InitializeAsync() => _server = await NewsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [UnixFact]
    public async Task Sigterm_during_a_once_run_exits_130_and_leaves_the_output_as_it_was()
    {
        var config = await ConfigAsync();
        var before = await PreviousDayAsync();

        var error = await StartAndInterruptAsync(runId: 1, "schedule", "--config", config, "--once");

        Assert.Contains("cancelled", error, StringComparison.Ordinal);

        await AssertNothingWrittenAsync(before);
        await AssertCancelledRunRecordedAsync(expectedRuns: 1);
        await AssertNextOnceRunSucceedsAsync(config, before);
    }

    [UnixFact]
    public async Task Sigterm_during_a_scheduled_run_exits_130_and_leaves_the_output_as_it_was()
    {
        var config = await ConfigAsync();
        var before = await PreviousDayAsync();

        // Yesterday's midnight run succeeded, so today's midnight run is missed and is caught up at start.
        using (var history = await RunHistory.OpenAsync(Output))
        {
            var yesterday = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-1), TimeSpan.Zero);
            var id = await history.StartRunAsync(yesterday, yesterday.AddMinutes(1));
            await history.FinishRunAsync(id, yesterday.AddMinutes(2), new RunOutcome(RunStatus.Succeeded, Sources: 2, Stories: 2));
        }

        var error = await StartAndInterruptAsync(runId: 2, "schedule", "--config", config);

        Assert.Contains("Scheduler for", error, StringComparison.Ordinal);

        await AssertNothingWrittenAsync(before);
        await AssertCancelledRunRecordedAsync(expectedRuns: 2);
        await AssertNextOnceRunSucceedsAsync(config, before);
    }

    // Starts the CLI, sends SIGTERM once run runId is under way, and expects exit 130; returns its stderr.
    private async Task<string> StartAndInterruptAsync(int runId, params string[] args)
    {
        using var child = ChildCli.Start(_dir, args);
        await InterruptAsync(child, line => line.StartsWith($"INF: Run {runId} for ", StringComparison.Ordinal) && line.EndsWith(" started", StringComparison.Ordinal));
        Assert.Equal(130, await child.WaitForExitAsync());
        return child.Error;
    }

    // The run is in progress once it has logged its start and asked for the (never answering) feed.
    private async Task InterruptAsync(ChildCli child, Func<string, bool> runStarted)
    {
        await child.WaitForErrorLineAsync(runStarted, "the run's start in the log");
        await _server.FeedRequested.WithHangGuard("the run to request the feed");
        await child.SendSigtermAsync();
    }

    private async Task<string> ConfigAsync()
    {
        var path = Path.Combine(_dir, "brief.yaml");
        await File.WriteAllTextAsync(path, $"""
            output: ./briefs
            window: 24h
            schedule: {"{"} cron: "0 0 * * *", timeZone: "UTC" {"}"}
            provider: {"{"} name: local {"}"}
            allowPrivateNetworks: true
            sources:
              - feed: {_server.FeedUrl}
            """);
        return path;
    }

    private async Task<Dictionary<string, byte[]>> PreviousDayAsync()
    {
        var day = Directory.CreateDirectory(Path.Combine(Output, Yesterday)).FullName;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["brief.md"] = "# Daily brief\n\nYesterday's stories.\n"u8.ToArray(),
            ["brief.json"] = "{\"date\":\"yesterday\",\"stories\":[]}\n"u8.ToArray(),
            ["brief.html"] = "<html><body>Yesterday</body></html>\n"u8.ToArray(),
        };
        foreach (var (name, bytes) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(day, name), bytes);
        }

        return files;
    }

    private async Task AssertNothingWrittenAsync(Dictionary<string, byte[]> before)
    {
        var day = Path.Combine(Output, Yesterday);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(day).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in before)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(day, name)));
        }

        // No day folder for the interrupted run, and no temporary file anywhere (briefs or job state).
        Assert.Equal([".summarizer", Yesterday], Directory.GetDirectories(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(Output, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private async Task AssertCancelledRunRecordedAsync(int expectedRuns)
    {
        using var history = await RunHistory.OpenAsync(Output);
        var runs = await history.RecentAsync(10);
        Assert.Equal(expectedRuns, runs.Count);
        var interrupted = runs[0];
        Assert.Equal(RunStatus.Failed, interrupted.Status);
        Assert.NotNull(interrupted.EndedAt);
        Assert.StartsWith("cancelled", interrupted.Message, StringComparison.Ordinal);
    }

    // The lock was released and the state left usable: the next run takes the lock and writes today's brief.
    private async Task AssertNextOnceRunSucceedsAsync(string config, Dictionary<string, byte[]> before)
    {
        _server.Slow = false;
        using var child = ChildCli.Start(_dir, "schedule", "--config", config, "--once", "-q");
        var code = await child.WaitForExitAsync();

        Assert.True(code == 0, $"exit {code}. stderr:\n{child.Error}");
        Assert.Equal(["brief.html", "brief.json", "brief.md"], Directory.GetFiles(Path.Combine(Output, Today)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(before["brief.md"], await File.ReadAllBytesAsync(Path.Combine(Output, Yesterday, "brief.md")));
    }
}
