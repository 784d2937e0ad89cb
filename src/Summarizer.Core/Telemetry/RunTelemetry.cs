using System.Diagnostics;

namespace Summarizer.Telemetry;

/// <summary>Marks spans and runs as failed from exception filters, so nothing is caught just to be recorded.</summary>
internal static class RunTelemetry
{
    /// <summary>Records <paramref name="exception"/> on <paramref name="run"/>; always false, for use as an exception filter.</summary>
    public static bool Failed(RunScope? run, Exception exception)
    {
        run?.Fail(exception);
        return false;
    }

    /// <summary>Marks <paramref name="activity"/> as failed with the exception's type (its message may quote inputs).</summary>
    public static void MarkFailed(Activity? activity, Exception exception)
    {
        activity?.SetTag(TelemetryNames.ErrorType, exception.GetType().Name);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }

    /// <summary>Adds an event to the current span, whoever started it (a retry or cache hit inside a model call).</summary>
    public static void AddEvent(string name, params ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (Activity.Current is { } current)
        {
            current.AddEvent(new ActivityEvent(name, tags: new ActivityTagsCollection(tags.ToArray())));
        }
    }

    /// <summary>A child of the current span when that is one of ours (a chunk span under its source span); else none.</summary>
    public static Activity? StartChildOfOurs(string name) =>
        Activity.Current is { Source.Name: SummarizerTelemetry.SourceName } current ? current.Source.StartActivity(name) : null;
}
