using System.Diagnostics;
using System.Text.Json;
using Summarizer.Cli.Tests.Support;
using Summarizer.Telemetry;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Telemetry;

namespace Summarizer.Cli.Tests.Telemetry;

/// <summary>
/// <c>brief --provider openai</c> against the fake endpoint on loopback, seen by an in-process listener: the run span holds
/// the stage spans, the summarize stage one span per source, and each model call is a GenAI span under the step that
/// made it; the counters match what the endpoint saw and what brief.json reports.
/// </summary>
public sealed class BriefTelemetryTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-otel-cli-secret-9876";
    private readonly CliRun _cli = new();
    private readonly SummarizerTelemetry _telemetry = new();
    private readonly TelemetryCapture _capture;
    private FakeOpenAIServer _server = null!;

    public BriefTelemetryTests()
    {
        _capture = new TelemetryCapture(_telemetry.Meter, SummarizerTelemetry.SourceName, SummarizerTelemetry.ModelCallsSourceName);
        _cli.Telemetry = _telemetry;
        _cli.Environment["OPENAI_API_KEY"] = Key;
    }

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Fallback = StubModelReplies.Answer();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _capture.Dispose();
        _telemetry.Dispose();
        _cli.Dispose();
    }


    private Task<CliResult> BriefAsync(string outDir, params string[] extra) => _cli.RunWithModelAsync(
        ["brief", RepoPaths.Fixture("story-river-bridge"), "--provider", "openai", "--endpoint", _server.BaseUrl.ToString(), "--model", "m1",
         "--cache", "cache", "-q", "-o", outDir, .. extra]);

    private JsonElement Usage(string outDir) => JsonDocument.Parse(_cli.Read($"{outDir}/brief.json")).RootElement.GetProperty("usage");

    // This test's runs, oldest first (other tests' runs come from other ActivitySource objects).
    private List<Activity> Runs() => [.. _capture.Spans(TelemetryNames.RunSpan).Where(r => ReferenceEquals(r.Source, _telemetry.Source)).OrderBy(r => r.StartTimeUtc)];

    private static Activity Stage(IReadOnlyList<Activity> spans, Activity run, string stage) =>
        Assert.Single(spans, s => s.OperationName == "summarizer." + stage && s.ParentSpanId == run.SpanId);

    [Fact]
    public async Task A_run_span_holds_the_stages_the_sources_and_a_GenAI_span_per_model_call()
    {
        var result = await BriefAsync("one");

        Assert.True(result.ExitCode == 0, result.Error);
        var run = Assert.Single(Runs());
        Assert.Equal(default, run.ParentSpanId);
        Assert.Equal("brief", run.GetTagItem(TelemetryNames.RunKind));
        Assert.Equal("openai", run.GetTagItem(TelemetryNames.Provider));
        Assert.Equal("ok", run.GetTagItem(TelemetryNames.RunOutcome));
        Assert.Equal(5, run.GetTagItem(TelemetryNames.Articles));

        var spans = _capture.SpansOf(run.TraceId);
        foreach (var stage in new[] { "read", "clean", "merge", "analyse", "render" })
        {
            Stage(spans, run, stage);
        }

        var summarize = Stage(spans, run, "summarize");
        var sources = spans.Where(s => s.OperationName == TelemetryNames.SourceSpan).ToList();
        Assert.Equal([1, 2, 3, 4, 5], sources.Select(s => (int)s.GetTagItem(TelemetryNames.SourceId)!).Order());
        Assert.All(sources, s => Assert.Equal(summarize.SpanId, s.ParentSpanId));
        var chunks = spans.Where(s => s.OperationName == TelemetryNames.ChunkSpan).ToList();
        Assert.Equal(sources.Select(s => s.SpanId.ToHexString()).Order(StringComparer.Ordinal), chunks.Select(c => c.ParentSpanId.ToHexString()).Order(StringComparer.Ordinal));

        var calls = spans.Where(s => s.Source.Name == SummarizerTelemetry.ModelCallsSourceName).ToList();
        Assert.Equal(_server.Requests.Count, calls.Count);
        var merge = Stage(spans, run, "merge");
        var parents = sources.Select(s => s.SpanId).Append(merge.SpanId).ToHashSet();
        Assert.All(calls, c => Assert.Contains(c.ParentSpanId, parents));
        Assert.All(sources, s => Assert.Contains(calls, c => c.ParentSpanId == s.SpanId));
        Assert.Contains(calls, c => c.ParentSpanId == merge.SpanId);
        Assert.All(calls, c => Assert.Equal("m1", c.GetTagItem("gen_ai.request.model")));
    }

    [Fact]
    public async Task Counters_match_the_endpoint_and_brief_json_and_a_rerun_counts_cache_hits_without_GenAI_spans()
    {
        Assert.Equal(0, (await BriefAsync("one")).ExitCode);
        var calls = _server.Requests.Count;
        Assert.True(calls >= 6, $"one call per source plus the merge, got {calls}");

        Assert.Equal(calls, _capture.Sum("summarizer.model.calls"));
        Assert.Equal(Usage("one").GetProperty("modelCalls").GetInt32(), _capture.Sum("summarizer.model.calls"));
        Assert.Equal(11 * calls, _capture.Sum("summarizer.model.tokens", ("gen_ai.token.type", "input"))); // the fake server's usage
        Assert.Equal(7 * calls, _capture.Sum("summarizer.model.tokens", ("gen_ai.token.type", "output")));
        Assert.Equal(0, _capture.Sum("summarizer.cache.hits"));

        Assert.Equal(0, (await BriefAsync("two")).ExitCode);

        Assert.Equal(calls, _server.Requests.Count);
        Assert.Equal(calls, _capture.Sum("summarizer.model.calls"));
        Assert.Equal(calls, _capture.Sum("summarizer.cache.hits"));
        Assert.Equal(Usage("two").GetProperty("cacheHits").GetInt32(), _capture.Sum("summarizer.cache.hits"));
        var rerun = Runs()[1];
        var spans = _capture.SpansOf(rerun.TraceId);
        Assert.DoesNotContain(spans, s => s.Source.Name == SummarizerTelemetry.ModelCallsSourceName);
        Assert.Equal(calls, spans.Sum(s => s.Events.Count(e => e.Name == TelemetryNames.CacheHitEvent)));
        Assert.Equal(2, _capture.Count("summarizer.run.duration"));
        Assert.Equal(2, _capture.Measurements.Count(m => m.Instrument == "summarizer.run.duration" && Equals(m.Tags[TelemetryNames.RunOutcome], "ok")));
    }

    [Fact]
    public async Task A_429_is_counted_as_a_retry_and_a_failure_and_shows_as_a_failed_GenAI_span()
    {
        _server.Enqueue(FakeReply.Status(429, retryAfter: "0"));

        var result = await BriefAsync("one", "--no-cache", "--concurrency", "1");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(1, _capture.Sum("summarizer.model.retries"));
        Assert.Equal(1, _capture.Sum("summarizer.model.failures", ("error.type", "429")));
        Assert.Equal(_server.Requests.Count - 1, _capture.Sum("summarizer.model.calls"));
        Assert.Equal(Usage("one").GetProperty("retries").GetInt32(), _capture.Sum("summarizer.model.retries"));
        var spans = _capture.SpansOf(Assert.Single(Runs()).TraceId);
        var failed = Assert.Single(spans, s => s.Source.Name == SummarizerTelemetry.ModelCallsSourceName && s.Status == ActivityStatusCode.Error);
        var step = Assert.Single(spans, s => s.SpanId == failed.ParentSpanId);
        Assert.Contains(step.Events, e => e.Name == TelemetryNames.RetryEvent);
    }

    [Fact]
    public async Task No_span_or_event_carries_the_api_key_or_article_text()
    {
        Assert.Equal(0, (await BriefAsync("one")).ExitCode);

        var spans = _capture.SpansOf(Assert.Single(Runs()).TraceId);
        var recorded = string.Join('\n', spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}")
            .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")))));
        Assert.DoesNotContain(Key, recorded, StringComparison.Ordinal);
        var firstSentence = File.ReadAllLines(RepoPaths.Fixture("story-river-bridge/01-castellan-courier.txt")).Skip(1).First(l => l.Length > 40)[..40];
        Assert.DoesNotContain(firstSentence, recorded, StringComparison.Ordinal);
        Assert.Contains(spans, s => s.GetTagItem(TelemetryNames.SourceOutlet) is string);
    }
}
