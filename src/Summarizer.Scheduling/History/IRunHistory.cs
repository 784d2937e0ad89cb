namespace Summarizer.Scheduling.History;

/// <summary>
/// Past runs of one daily job: <see cref="RunHistory"/> in SQLite beside the output, or
/// <see cref="PostgresRunHistory"/> in the database several workers share. Both pass the same contract tests.
/// </summary>
internal interface IRunHistory
{
    /// <summary>Records that the run for <paramref name="scheduledFor"/> started on <paramref name="worker"/>; returns its id.</summary>
    Task<long> StartRunAsync(DateTimeOffset scheduledFor, DateTimeOffset startedAt, string? worker, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a run of <paramref name="scheduledFor"/> still 'running' to <paramref name="worker"/> and returns its id, or
    /// null when there is none: a fire whose process died mid-run is run again under the same record (one run per fire).
    /// Call it only while holding the run lock, as <see cref="AbandonRunningAsync"/>.
    /// </summary>
    Task<long?> TakeOverRunningAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string? worker, CancellationToken cancellationToken);

    /// <summary>Records how run <paramref name="runId"/> ended; an unknown id is an <see cref="ArgumentException"/>.</summary>
    Task FinishRunAsync(long runId, DateTimeOffset endedAt, RunOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Records a run that did not happen (another run held the lock).</summary>
    Task<long> RecordSkippedAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string reason, string? worker, CancellationToken cancellationToken);

    /// <summary>Marks runs still 'running' as failed. Call it only while holding the run lock (see <see cref="RunHistory.AbandonRunningAsync"/>).</summary>
    Task<int> AbandonRunningAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The scheduled time of the latest run that wrote a brief (succeeded or partial), or null.</summary>
    Task<DateTimeOffset?> LastSuccessfulScheduledTimeAsync(CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="count"/> runs, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> RecentAsync(int count, CancellationToken cancellationToken);
}
