using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Schedule;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.Running;

/// <summary>
/// Produces the brief for one scheduled time. It gets the runner's cancellation token: when the job is
/// stopping, the run should wind down and return or throw <see cref="OperationCanceledException"/>.
/// </summary>
public delegate Task<RunOutcome> ScheduledRun(DateTimeOffset scheduledFor, CancellationToken cancellationToken);

/// <summary>Settings of a <see cref="ScheduledRunner"/>.</summary>
public sealed record ScheduledRunnerOptions
{
    /// <summary>Folder the runs write to; the lock and history live in its <c>.summarizer/</c>.</summary>
    public required string OutputFolder { get; init; }

    public required DailySchedule Schedule { get; init; }

    /// <summary>Where the history and the run lock live. Default SQLite and a file lock under the output folder.</summary>
    public StoreSetting Store { get; init; } = StoreSetting.Sqlite;

    /// <summary>This process's name in the run history. Default <c>host:pid</c>.</summary>
    public string Worker { get; init; } = DefaultWorker;

    /// <summary><c>host:pid</c>: tells apart workers on several machines and several on one.</summary>
    public static string DefaultWorker => $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// Longest single wait before the clock is read again. Default 1 hour: a laptop that slept or a clock
    /// that was set still fires close to the scheduled time instead of after a stale timer.
    /// </summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Options for the job described by <paramref name="config"/>.</summary>
    public static ScheduledRunnerOptions FromConfig(DailyConfig config, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ScheduledRunnerOptions
        {
            OutputFolder = config.Output,
            Schedule = DailySchedule.Create(config.Schedule.Cron, config.Schedule.TimeZone, time),
            Store = config.Store,
        };
    }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutputFolder))
        {
            throw new ArgumentException("ScheduledRunnerOptions.OutputFolder: required", nameof(OutputFolder));
        }

        // Task.Delay takes at most about 49 days.
        if (MaxWait <= TimeSpan.Zero || MaxWait > TimeSpan.FromDays(30))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWait), MaxWait, "ScheduledRunnerOptions.MaxWait: must be between 0 and 30 days");
        }

        ArgumentNullException.ThrowIfNull(Schedule, nameof(Schedule));
        ArgumentNullException.ThrowIfNull(Store, nameof(Store));
        if (string.IsNullOrWhiteSpace(Worker))
        {
            throw new ArgumentException("ScheduledRunnerOptions.Worker: required", nameof(Worker));
        }
    }
}
