using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Summarizer.TestSupport.Telemetry;

/// <summary>One measurement of a counter or histogram, with its tags.</summary>
public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// An in-process listener for one test: the measurements of exactly one <see cref="Meter"/> object (tests running beside
/// this one use their own), and every span of the given sources, to be narrowed to this test's trace with
/// <see cref="SpansOf"/>. Spans are sampled with all data while it lives.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public TelemetryCapture(Meter meter, params string[] sourceNames)
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => sourceNames.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_spans);
    }

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>The sum of an instrument's measurements whose tags include every pair of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, object? Value)[] tags) =>
        Measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))).Sum(m => m.Value);

    /// <summary>How many measurements an instrument took (a histogram's count).</summary>
    public int Count(string instrument) => Measurements.Count(m => m.Instrument == instrument);

    /// <summary>The stopped spans of one trace, in the order they stopped.</summary>
    public IReadOnlyList<Activity> SpansOf(ActivityTraceId trace) => [.. _stopped.Where(a => a.TraceId == trace)];

    /// <summary>Every stopped span whose operation is <paramref name="name"/>, whichever trace it is in.</summary>
    public IReadOnlyList<Activity> Spans(string name) => [.. _stopped.Where(a => a.OperationName == name)];

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
    }
}
