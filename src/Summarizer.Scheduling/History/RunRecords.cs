using System.Text.Json;
using Summarizer.Documents;

namespace Summarizer.Scheduling.History;

/// <summary>How a scheduled run ended. Stored lower-case in the history.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished: still going, or the process died (see <see cref="RunHistory.AbandonRunningAsync"/>).</summary>
    Running,

    /// <summary>Brief written, every source used.</summary>
    Succeeded,

    /// <summary>Brief written, some sources failed.</summary>
    Partial,

    /// <summary>No brief written.</summary>
    Failed,

    /// <summary>Not run: another process held the run lock.</summary>
    Skipped,
}

/// <summary>What the caller's run delegate reports back.</summary>
/// <param name="Status">Succeeded, Partial or Failed.</param>
/// <param name="Sources">Sources read.</param>
/// <param name="Stories">Stories in the brief.</param>
/// <param name="Failures">Sources or stories that could not be used.</param>
/// <param name="UsageJson">Model usage as JSON (the brief's <c>usage</c>), if any.</param>
/// <param name="FailuresJson">The brief's <c>failures</c> as JSON, if any.</param>
/// <param name="Message">A short note, e.g. the error of a failed run.</param>
public sealed record RunOutcome(
    RunStatus Status,
    int Sources = 0,
    int Stories = 0,
    int Failures = 0,
    string? UsageJson = null,
    string? FailuresJson = null,
    string? Message = null)
{
    /// <summary>How many of the run's stories each worker of a cluster ran ("worker-1 5, worker-2 9"); null when one process ran them all.</summary>
    public string? StoryWorkers { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A run that wrote no brief.</summary>
    public static RunOutcome Failed(string message) => new(RunStatus.Failed, Message: message);

    /// <summary>
    /// The outcome of a run that produced <paramref name="brief"/>: Partial when anything failed,
    /// Failed when nothing usable came out of it.
    /// </summary>
    public static RunOutcome FromBrief(DailyBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var sources = brief.Stories.Sum(s => s.Sources.Count);
        var status = brief.Failures.Count == 0 ? RunStatus.Succeeded
            : brief.Stories.Count == 0 ? RunStatus.Failed
            : RunStatus.Partial;
        return new RunOutcome(
            status,
            sources,
            brief.Stories.Count,
            brief.Failures.Count,
            JsonSerializer.Serialize(brief.Usage, Json),
            JsonSerializer.Serialize(brief.Failures, Json));
    }
}

/// <summary>One row of the run history.</summary>
public sealed record RunRecord(
    long Id,
    DateTimeOffset ScheduledFor,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    RunStatus Status,
    int Sources,
    int Stories,
    int Failures,
    string? UsageJson,
    string? FailuresJson,
    string? Message)
{
    /// <summary>Which worker ran it: <c>host:pid</c>, or the name in <c>SUMMARIZER_WORKER</c>; null for runs recorded before workers were named.</summary>
    public string? Worker { get; init; }

    /// <summary>How many of the run's stories each worker of a cluster ran; null when the run's worker ran them all.</summary>
    public string? StoryWorkers { get; init; }
}

/// <summary>The history database cannot be used (unreadable, or written by a newer version).</summary>
public sealed class RunHistoryException(string message, Exception? inner = null) : Exception(message, inner);
