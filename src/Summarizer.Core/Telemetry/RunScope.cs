using System.Diagnostics;

namespace Summarizer.Telemetry;

/// <summary>
/// One run in progress: its span and its start time. Disposing it stops the span and records
/// <c>summarizer.run.duration</c> with the outcome; a run never marked with <see cref="Complete"/> ended in an error.
/// </summary>
internal sealed class RunScope(SummarizerTelemetry telemetry, Activity? activity, string kind, string provider, TimeProvider timeProvider, RunScope? outer) : IDisposable
{
    private readonly long _started = timeProvider.GetTimestamp();
    private string? _outcome;
    private int _disposed;

    public Activity? Activity => activity;

    internal RunScope? Outer => outer;

    /// <summary>Marks the run done: <c>ok</c>, or <c>partial</c> when some sources or steps failed.</summary>
    public void Complete(int failures)
    {
        _outcome = failures == 0 ? "ok" : "partial";
        activity?.SetTag(TelemetryNames.FailureCount, failures);
    }

    /// <summary>Marks the run failed with the type of what ended it (the message may quote inputs, so it is not kept).</summary>
    public void Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _outcome = exception is OperationCanceledException ? "cancelled" : "error";
        activity?.SetTag(TelemetryNames.ErrorType, exception.GetType().Name);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        var outcome = _outcome ?? "error";
        if (_outcome is null)
        {
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        activity?.SetTag(TelemetryNames.RunOutcome, outcome);
        telemetry.RunDuration.Record(
            timeProvider.GetElapsedTime(_started).TotalSeconds,
            new KeyValuePair<string, object?>(TelemetryNames.RunKind, kind),
            new KeyValuePair<string, object?>(TelemetryNames.Provider, provider),
            new KeyValuePair<string, object?>(TelemetryNames.RunOutcome, outcome));
        activity?.Dispose();
        telemetry.PopRun(this);
    }
}
