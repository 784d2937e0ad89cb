using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Summarizer.Telemetry;

/// <summary>
/// The traces and metrics of this project: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="SourceName"/>. Create one per application (the CLI makes one per command; a host registers one as a
/// singleton over its <see cref="IMeterFactory"/>) and hand it to the pipeline and the connector. Without a listener
/// (no exporter configured) spans are not created and measurements cost a flag check.
/// </summary>
public sealed class SummarizerTelemetry : IDisposable
{
    /// <summary>Name of our <see cref="ActivitySource"/> and <see cref="Meter"/>: the run, stage, story, source and chunk spans, and the <c>summarizer.*</c> instruments.</summary>
    public const string SourceName = "Summarizer";

    /// <summary>
    /// Name under which Microsoft.Extensions.AI's <c>UseOpenTelemetry</c> reports model calls: the GenAI <c>chat</c> spans and the
    /// <c>gen_ai.client.*</c> metrics (a separate name so an application can keep one without the other).
    /// </summary>
    public const string ModelCallsSourceName = "Summarizer.GenAI";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly AsyncLocal<RunScope?> _currentRun = new();

    /// <param name="meterFactory">Creates the meter (an application's DI container); null for a meter this object owns.</param>
    public SummarizerTelemetry(IMeterFactory? meterFactory = null)
    {
        var version = typeof(SummarizerTelemetry).Assembly.GetName().Version?.ToString();
        Source = new ActivitySource(SourceName, version);
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(new MeterOptions(SourceName) { Version = version }) ?? new Meter(SourceName, version);
        ModelCalls = _meter.CreateCounter<long>("summarizer.model.calls", "{call}", "Model calls that got a reply (each attempt counts; cache hits do not).");
        Tokens = _meter.CreateCounter<long>("summarizer.model.tokens", "{token}", "Tokens the provider reported, by gen_ai.token.type (input, output).");
        CacheHits = _meter.CreateCounter<long>("summarizer.cache.hits", "{hit}", "Model calls answered from the reply cache.");
        Retries = _meter.CreateCounter<long>("summarizer.model.retries", "{retry}", "Model calls retried by the resilience policy.");
        Failures = _meter.CreateCounter<long>("summarizer.model.failures", "{attempt}", "Model call attempts that ended without a usable reply.");
        RunDuration = _meter.CreateHistogram<double>("summarizer.run.duration", "s", "Duration of a run, from reading the inputs to writing the brief.");
    }

    internal ActivitySource Source { get; }

    internal Meter Meter => _meter;

    internal Counter<long> ModelCalls { get; }

    internal Counter<long> Tokens { get; }

    internal Counter<long> CacheHits { get; }

    internal Counter<long> Retries { get; }

    internal Counter<long> Failures { get; }

    internal Histogram<double> RunDuration { get; }

    /// <summary>The run in progress in this async flow, if one was started through this object.</summary>
    internal RunScope? CurrentRun => _currentRun.Value;

    /// <summary>
    /// Starts a run: its span (the parent of every stage span), and its duration, recorded when the scope is disposed.
    /// </summary>
    internal RunScope StartRun(string kind, string provider, TimeProvider timeProvider)
    {
        var activity = Source.StartActivity(TelemetryNames.RunSpan);
        activity?.SetTag(TelemetryNames.RunKind, kind);
        activity?.SetTag(TelemetryNames.Provider, provider);
        var run = new RunScope(this, activity, kind, provider, timeProvider, _currentRun.Value);
        _currentRun.Value = run;
        return run;
    }

    /// <summary>Starts the run only when none is in progress (an application that calls the pipeline directly); else null.</summary>
    internal RunScope? StartRunIfNone(string kind, string provider, TimeProvider timeProvider) =>
        CurrentRun is null ? StartRun(kind, provider, timeProvider) : null;

    /// <summary>A stage span (<c>summarizer.{stage}</c>) under the current span.</summary>
    internal Activity? StartStage(string stage)
    {
        var activity = Source.StartActivity("summarizer." + stage);
        activity?.SetTag(TelemetryNames.Stage, stage);
        return activity;
    }

    /// <summary>A span of one article (<c>summarizer.source</c>): its id and outlet, never its text.</summary>
    internal Activity? StartSource(int id, string? outlet, int words)
    {
        var activity = Source.StartActivity(TelemetryNames.SourceSpan);
        activity?.SetTag(TelemetryNames.SourceId, id);
        activity?.SetTag(TelemetryNames.SourceOutlet, outlet);
        activity?.SetTag(TelemetryNames.SourceWords, words);
        return activity;
    }

    /// <summary>A span of one story of a grouped run (<c>summarizer.story</c>).</summary>
    internal Activity? StartStory(int index, int sources)
    {
        var activity = Source.StartActivity(TelemetryNames.StorySpan);
        activity?.SetTag(TelemetryNames.StoryIndex, index);
        activity?.SetTag(TelemetryNames.Sources, sources);
        return activity;
    }

    internal void PopRun(RunScope run)
    {
        if (ReferenceEquals(_currentRun.Value, run))
        {
            _currentRun.Value = run.Outer;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Source.Dispose();
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
