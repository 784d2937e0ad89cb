using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Pipeline;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.Running;

/// <summary>
/// Runs the daily job: one catch-up run at start if a scheduled time passed while nothing was running,
/// then a run at every fire time until cancelled. Each run holds the brief's run lock and is recorded in its
/// run history: a file lock and SQLite under the output folder, or the shared PostgreSQL store
/// (<see cref="ScheduledRunnerOptions.Store"/>), where several workers fire it through a Quartz cluster instead of this loop.
/// </summary>
/// <remarks>
/// This is the one place a run's exception is caught: it is logged and the run recorded as failed, and the
/// loop goes on to the next day. An expected failure (<see cref="ExpectedFailure"/>) is recorded with its
/// message; anything else is a bug, recorded as an internal error naming the stage, its stack trace logged.
/// When another process holds the lock the run is recorded as skipped.
/// </remarks>
public sealed class ScheduledRunner : BackgroundService
{
    private readonly ScheduledRunnerOptions _options;
    private readonly ScheduledRun _run;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly StoreConnections _connections;
    private readonly bool _ownsConnections;

    public ScheduledRunner(ScheduledRunnerOptions options, ScheduledRun run, TimeProvider? time = null, ILogger<ScheduledRunner>? logger = null)
        : this(options, run, connections: null, time, logger)
    {
    }

    /// <param name="connections">The process's open shared stores (not owned); null for the runner's own.</param>
    internal ScheduledRunner(ScheduledRunnerOptions options, ScheduledRun run, StoreConnections? connections, TimeProvider? time = null, ILogger<ScheduledRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        options.Validate();
        _options = options;
        _run = run;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ScheduledRunner>.Instance;
        _ownsConnections = connections is null;
        _connections = connections ?? new StoreConnections();
    }

    public override void Dispose()
    {
        if (_ownsConnections)
        {
            _connections.Dispose();
        }

        base.Dispose();
    }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled, then returns once the current run
    /// (which receives the token) has ended. Cancellation is a normal stop, not an exception.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var state = await OpenStateAsync(cancellationToken);
            await LoopAsync(state, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is what was asked for.
        }

        _logger.LogInformation("Scheduler for {Output} stopped", _options.OutputFolder);
    }

    /// <summary>
    /// Runs now, once, for <c>--once</c>: recorded with <paramref name="now"/> as its scheduled time, so a
    /// scheduler started later does not catch up a time this run already covered. Returns a
    /// <see cref="RunStatus.Skipped"/> outcome when another process is running.
    /// </summary>
    public Task<RunOutcome> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        RunForAsync(now, cancellationToken);

    /// <summary>One run for <paramref name="scheduledFor"/>, locked and recorded like every run (a cluster's fire lands here).</summary>
    internal async Task<RunOutcome> RunForAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        await using var state = await OpenStateAsync(cancellationToken);
        return await ExecuteRunAsync(state, scheduledFor, cancellationToken);
    }

    internal ScheduledRunnerOptions Options => _options;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(stoppingToken);

    private async Task<IJobState> OpenStateAsync(CancellationToken cancellationToken)
    {
        _logger.LogDebug("Run history and lock of {Output} in {Store}, as worker {Worker}", _options.OutputFolder, _options.Store, _options.Worker);
        return await JobStates.OpenAsync(_options.Store, _options.OutputFolder, _connections, cancellationToken);
    }

    private async Task LoopAsync(IJobState state, CancellationToken cancellationToken)
    {
        var history = state.History;
        var schedule = _options.Schedule;
        var startedAt = _time.GetUtcNow();
        var last = await history.LastSuccessfulScheduledTimeAsync(cancellationToken);
        var cursor = startedAt;
        if (schedule.MissedRun(last, startedAt) is { } missed)
        {
            _logger.LogInformation(
                "Catching up the run scheduled for {ScheduledFor:o} (last successful run was scheduled for {Last:o})", missed, last);
            await ExecuteRunAsync(state, missed, cancellationToken);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            if (schedule.NextAfter(cursor) is not { } next)
            {
                _logger.LogWarning("Schedule {Cron} has no further fire times; stopping", schedule.StandardExpression);
                return;
            }

            if (next <= now)
            {
                // A run overran one or more fire times: run once, for the latest of them.
                next = schedule.LatestAtOrBefore(now) ?? next;
                _logger.LogWarning("The previous run overran the time scheduled for {ScheduledFor:o}; running it now", next);
            }
            else
            {
                _logger.LogInformation("Next run at {ScheduledFor:o} ({Local})", next,
                    TimeZoneInfo.ConvertTime(next, schedule.TimeZone).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
                await WaitUntilAsync(next, cancellationToken);
            }

            await ExecuteRunAsync(state, next, cancellationToken);
            cursor = next;
        }
    }

    // Sliced so a clock that jumped (sleep, manual change) is noticed within MaxWait.
    private async Task WaitUntilAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = target - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining < _options.MaxWait ? remaining : _options.MaxWait, _time, cancellationToken);
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The scheduled job's edge: a failed run is logged and recorded as failed, and the next day's run still happens.")]
    private async Task<RunOutcome> ExecuteRunAsync(IJobState state, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        var history = state.History;
        await using var held = await state.TryLockAsync(CancellationToken.None);
        if (held is null)
        {
            var reason = $"another process holds {state.LockName}";
            _logger.LogWarning("Skipping the run scheduled for {ScheduledFor:o}: {Reason}", scheduledFor, reason);
            var skipped = new RunOutcome(RunStatus.Skipped, Message: reason);
            await history.RecordSkippedAsync(scheduledFor, _time.GetUtcNow(), reason, _options.Worker, CancellationToken.None);
            return skipped;
        }

        // Holding the lock, no live process can be mid-run: 'running' rows are from one that died. This fire's own is
        // taken over (a cluster's recovery, a catch-up after a crash: one record per fire); older ones failed.
        var takenOver = await history.TakeOverRunningAsync(scheduledFor, _time.GetUtcNow(), _options.Worker, CancellationToken.None);
        var abandoned = await history.AbandonRunningAsync(_time.GetUtcNow(), CancellationToken.None);
        if (abandoned > 0)
        {
            _logger.LogWarning("Marked {Count} run(s) left unfinished by a stopped process as failed", abandoned);
        }

        var runId = takenOver ?? await history.StartRunAsync(scheduledFor, _time.GetUtcNow(), _options.Worker, CancellationToken.None);
        if (takenOver is not null)
        {
            _logger.LogWarning("Run {RunId} for {ScheduledFor:o} was left unfinished by a stopped process; {Worker} runs it again", runId, scheduledFor, _options.Worker);
        }

        _logger.LogInformation("Run {RunId} for {ScheduledFor:o} on {Worker} started", runId, scheduledFor, _options.Worker);
        RunOutcome outcome;
        try
        {
            outcome = await _run(scheduledFor, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = RunOutcome.Failed("cancelled: stopped before the run finished");
        }
        catch (Exception ex) when (ExpectedFailure.Is(ex, cancellationToken))
        {
            _logger.LogError(ex, "Run {RunId} for {ScheduledFor:o} failed", runId, scheduledFor);
            outcome = RunOutcome.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
        catch (Exception ex)
        {
            var failure = ex as StageFailedException ?? new StageFailedException("run", ex);
            _logger.LogCritical(failure.InnerException, "Run {RunId} for {ScheduledFor:o} hit a bug in stage {Stage}", runId, scheduledFor, failure.Stage);
            outcome = RunOutcome.Failed(failure.Message);
        }

        // Recorded even when stopping: the history must not keep a 'running' row for a run that ended.
        await history.FinishRunAsync(runId, _time.GetUtcNow(), outcome, CancellationToken.None);
        _logger.LogInformation(
            "Run {RunId} for {ScheduledFor:o} ended {Status}: {Stories} stories from {Sources} sources, {Failures} failures",
            runId, scheduledFor, outcome.Status, outcome.Stories, outcome.Sources, outcome.Failures);
        return outcome;
    }
}
