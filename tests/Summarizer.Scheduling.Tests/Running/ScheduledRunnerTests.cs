using Microsoft.Extensions.Logging.Testing;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Schedule;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Running;

public sealed class ScheduledRunnerTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // 06:00 in Paris in January is 05:00 UTC.
    private static DateTimeOffset SixParis(int day) => new(2026, 1, day, 5, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _dir = new();
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 1, 6, 7, 0, 0, TimeSpan.Zero));
    private readonly CallCollection<DateTimeOffset> _calls = new();
    private readonly CancellationTokenSource _stop = new();

    public void Dispose()
    {
        _stop.Dispose();
        _dir.Dispose();
    }

    private readonly FakeLogger<ScheduledRunner> _log = new();

    private ScheduledRunner Runner(ScheduledRun? run = null, TimeSpan? maxWait = null) => new(
        new ScheduledRunnerOptions
        {
            OutputFolder = _dir.Path,
            Schedule = DailySchedule.Create("0 6 * * *", Paris, _clock),
            MaxWait = maxWait ?? TimeSpan.FromDays(30),
        },
        run ?? Succeed,
        _clock,
        _log);

    private Task<RunOutcome> Succeed(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        _calls.Add(scheduledFor);
        return Task.FromResult(new RunOutcome(RunStatus.Succeeded, Sources: 3, Stories: 2));
    }

    private async Task SeedSuccess(DateTimeOffset scheduledFor)
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        await history.FinishRunAsync(await history.StartRunAsync(scheduledFor, scheduledFor), scheduledFor, new RunOutcome(RunStatus.Succeeded));
    }

    private async Task<IReadOnlyList<RunRecord>> History()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        return await history.RecentAsync(100);
    }

    // A runner waiting for its next fire time has exactly one timer on the clock.
    private Task Waiting(int timers = 1) => _clock.WaitForPendingTimersAsync(timers);

    // Ends without the clock moving (the hang guard only catches a loop that never ends).
    private async Task StopAsync(Task loop)
    {
        await _stop.CancelAsync();
        await loop.WithHangGuard("the runner loop to end on cancellation");
    }

    [Fact]
    public async Task Runs_at_each_fire_time_and_records_it()
    {
        using var runner = Runner();
        var loop = runner.RunAsync(_stop.Token);

        await Waiting();
        Assert.Empty(_calls);
        _clock.SetUtcNow(SixParis(7));
        await _calls.WaitForCountAsync(1, "first run");
        await Waiting();
        _clock.SetUtcNow(SixParis(8));
        await _calls.WaitForCountAsync(2, "second run");
        await Waiting();
        await StopAsync(loop);

        Assert.Equal([SixParis(7), SixParis(8)], _calls);
        var runs = await History();
        Assert.Equal([SixParis(8), SixParis(7)], runs.Select(r => r.ScheduledFor));
        Assert.All(runs, r => Assert.Equal((RunStatus.Succeeded, 3, 2), (r.Status, r.Sources, r.Stories)));
    }

    [Fact]
    public async Task Waits_in_slices_and_still_fires_on_time()
    {
        using var runner = Runner(maxWait: TimeSpan.FromHours(1));
        var loop = runner.RunAsync(_stop.Token);

        // From 07:00 UTC on the 6th to 05:00 UTC on the 7th: 22 one-hour slices.
        for (var hour = 0; hour < 22; hour++)
        {
            await Waiting();
            Assert.Empty(_calls);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        await _calls.WaitForCountAsync(1, "the run after the last slice");
        Assert.Equal(SixParis(7), Assert.Single(_calls));
        await Waiting();
        await StopAsync(loop);
    }

    [Fact]
    public async Task Catches_up_once_at_start_after_three_days_down()
    {
        await SeedSuccess(SixParis(6));
        _clock.SetUtcNow(SixParis(9).AddHours(4)); // the 7th, 8th and 9th were missed

        using var runner = Runner();
        var loop = runner.RunAsync(_stop.Token);
        await Waiting();
        await StopAsync(loop);

        Assert.Equal([SixParis(9)], _calls);
        Assert.Equal(SixParis(9), (await History())[0].ScheduledFor);
        Assert.Contains(_log.Collector.GetSnapshot(), e => e.Message.StartsWith("Catching up the run scheduled for 2026-01-09T05:00:00", StringComparison.Ordinal));
        Assert.Contains(_log.Collector.GetSnapshot(), e => e.Message.Contains("Next run at 2026-01-10T05:00:00.0000000+00:00 (2026-01-10 06:00 +01:00)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Does_not_catch_up_when_the_last_run_is_current()
    {
        await SeedSuccess(SixParis(9));
        _clock.SetUtcNow(SixParis(9).AddHours(4));

        using var runner = Runner();
        var loop = runner.RunAsync(_stop.Token);
        await Waiting();
        await StopAsync(loop);

        Assert.Empty(_calls);
        Assert.Single(await History());
    }

    [Fact]
    public async Task A_run_that_overruns_several_fire_times_is_followed_by_one_run_only()
    {
        ScheduledRun slowFirst = (scheduledFor, ct) =>
        {
            if (_calls.IsEmpty)
            {
                _clock.Advance(TimeSpan.FromDays(2.5)); // the 8th and 9th pass during this run
            }

            return Succeed(scheduledFor, ct);
        };

        using var runner = Runner(slowFirst);
        var loop = runner.RunAsync(_stop.Token);
        await Waiting();
        _clock.SetUtcNow(SixParis(7));
        await _calls.WaitForCountAsync(2, "the overrun run and its single follow-up");
        await Waiting();
        await StopAsync(loop);

        Assert.Equal([SixParis(7), SixParis(9)], _calls);
    }

    [Fact]
    public async Task Cancellation_while_waiting_exits_promptly()
    {
        using var runner = Runner();
        var loop = runner.RunAsync(_stop.Token);
        await Waiting();

        await StopAsync(loop);

        Assert.Empty(_calls);
        Assert.Equal(0, _clock.PendingTimers);
        Assert.Empty(await History());
    }

    [Fact]
    public async Task Cancellation_during_a_run_reaches_the_run_and_ends_the_loop()
    {
        var started = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        ScheduledRun blocking = async (scheduledFor, ct) =>
        {
            started.SetResult(ct);
            await Task.Delay(Timeout.Infinite, ct);
            return new RunOutcome(RunStatus.Succeeded);
        };

        using var runner = Runner(blocking);
        var loop = runner.RunAsync(_stop.Token);
        await Waiting();
        _clock.SetUtcNow(SixParis(7));
        var token = await started.Task.WithHangGuard("the run to start");
        Assert.False(token.IsCancellationRequested);

        await StopAsync(loop);

        Assert.True(token.IsCancellationRequested);
        var run = Assert.Single(await History());
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.StartsWith("cancelled", run.Message, StringComparison.Ordinal);
        Assert.Equal(0, _clock.PendingTimers);
    }

    [Fact]
    public async Task A_failing_run_is_recorded_and_the_next_day_still_runs()
    {
        ScheduledRun failFirst = (scheduledFor, ct) =>
        {
            if (_calls.IsEmpty)
            {
                _calls.Add(scheduledFor);
                throw new IOException("inbox is unreadable");
            }

            return Succeed(scheduledFor, ct);
        };

        using var runner = Runner(failFirst);
        var loop = runner.RunAsync(_stop.Token);
        await Waiting();
        _clock.SetUtcNow(SixParis(7));
        await Waiting();
        _clock.SetUtcNow(SixParis(8));
        await _calls.WaitForCountAsync(2, "the day after the failure");
        await Waiting();
        await StopAsync(loop);

        var runs = await History();
        Assert.Equal([RunStatus.Succeeded, RunStatus.Failed], runs.Select(r => r.Status));
        Assert.Equal("IOException: inbox is unreadable", runs[1].Message);
    }

    [Theory]
    [InlineData("merge")]
    [InlineData(null)]
    public async Task A_bug_in_a_run_is_recorded_as_an_internal_error_naming_the_stage(string? stage)
    {
        var bug = new InvalidOperationException("Sequence contains no elements");
        var now = _clock.GetUtcNow();

        using var runner = Runner((_, _) => throw (stage is null ? bug : new Summarizer.Pipeline.StageFailedException(stage, bug)));
        var outcome = await runner.RunOnceAsync(now);

        var expected = $"internal error in stage {stage ?? "run"}: InvalidOperationException: Sequence contains no elements";
        Assert.Equal((RunStatus.Failed, expected), (outcome.Status, outcome.Message));
        var run = Assert.Single(await History());
        Assert.Equal((RunStatus.Failed, expected), (run.Status, run.Message));
        Assert.Contains(_log.Collector.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical && e.Message.EndsWith($"hit a bug in stage {stage ?? "run"}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_runner_loops_on_one_output_folder_never_run_together()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ScheduledRun holdUntilReleased = async (scheduledFor, ct) =>
        {
            _calls.Add(scheduledFor);
            await release.Task.WaitAsync(ct);
            return new RunOutcome(RunStatus.Succeeded);
        };

        using var firstRunner = Runner(holdUntilReleased);
        var first = firstRunner.RunAsync(_stop.Token);
        using var secondRunner = Runner(holdUntilReleased);
        var second = secondRunner.RunAsync(_stop.Token);
        await Waiting(timers: 2);
        _clock.SetUtcNow(SixParis(7));

        // The winner is inside its run; the loser has recorded its skip once it waits on the clock again.
        await _calls.WaitForCountAsync(1, "the winner's run");
        await Waiting(timers: 1);
        release.SetResult();
        await Waiting(timers: 2); // the winner has recorded its run and waits too
        await StopAsync(Task.WhenAll(first, second));

        Assert.Single(_calls);
        var runs = await History();
        Assert.Equal([RunStatus.Succeeded, RunStatus.Skipped], runs.Select(r => r.Status).Order());
        Assert.All(runs, r => Assert.Equal(SixParis(7), r.ScheduledFor));
        Assert.Contains("another process holds", runs.Single(r => r.Status == RunStatus.Skipped).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_once_runs_now_and_is_skipped_while_another_run_holds_the_lock()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var now = _clock.GetUtcNow();
        using var busyRunner = Runner(async (scheduledFor, ct) =>
        {
            started.SetResult();
            await release.Task.WaitAsync(ct);
            return new RunOutcome(RunStatus.Partial, Failures: 1);
        });
        var busy = busyRunner.RunOnceAsync(now);
        await started.Task.WithHangGuard("the first run to start");

        using var skippedRunner = Runner();
        var skipped = await skippedRunner.RunOnceAsync(now);
        release.SetResult();
        var done = await busy;

        Assert.Equal(RunStatus.Skipped, skipped.Status);
        Assert.Equal(RunStatus.Partial, done.Status);
        Assert.Contains(_log.Collector.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.StartsWith("Skipping the run scheduled for", StringComparison.Ordinal)
            && e.Message.Contains(Path.Combine(".summarizer", "run.lock"), StringComparison.Ordinal));
        Assert.Empty(_calls);
        var runs = await History();
        Assert.Equal([RunStatus.Partial, RunStatus.Skipped], runs.Select(r => r.Status).Order());
        Assert.All(runs, r => Assert.Equal(now, r.ScheduledFor));
    }

    [Fact]
    public async Task A_run_left_running_by_a_dead_process_is_marked_failed_at_the_next_run()
    {
        using (var history = await RunHistory.OpenAsync(_dir.Path))
        {
            await history.StartRunAsync(SixParis(5), SixParis(5));
        }

        using var runner = Runner();
        await runner.RunOnceAsync(_clock.GetUtcNow());

        var runs = await History();
        Assert.Equal([RunStatus.Succeeded, RunStatus.Failed], runs.Select(r => r.Status));
        Assert.StartsWith("abandoned", runs[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_fire_left_running_by_a_dead_process_is_run_again_under_its_one_record()
    {
        var now = _clock.GetUtcNow();
        using (var history = await RunHistory.OpenAsync(_dir.Path))
        {
            await history.StartRunAsync(now, now.AddMinutes(-10), "dead-worker");
        }

        using var runner = Runner();
        await runner.RunOnceAsync(now);

        var run = Assert.Single(await History());
        Assert.Equal((RunStatus.Succeeded, now), (run.Status, run.ScheduledFor));
        Assert.NotEqual("dead-worker", run.Worker);
        Assert.Single(_calls);
    }
}
