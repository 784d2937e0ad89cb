using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.Tests.Support;
using Summarizer.Telemetry;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Telemetry;

namespace Summarizer.Connectors.Tests.Telemetry;

/// <summary>
/// The connector's metrics and the library's GenAI spans, seen by an in-process listener: one GenAI span per attempt
/// that reaches the provider (inside the retry policy, inside the cache), and exact counts of calls, tokens, cache hits,
/// retries and failures.
/// </summary>
public sealed class ConnectorTelemetryTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-telemetry-secret-4711";
    private const string Article = "The Kessel ferry resumed crossings on Monday after a storm.";

    private readonly TempCacheDirectory _cache = new();
    private readonly FakeClock _time = new();
    private readonly SummarizerTelemetry _telemetry = new();
    private readonly TelemetryCapture _capture;
    private FakeOpenAIServer _server = null!;

    public ConnectorTelemetryTests() =>
        _capture = new TelemetryCapture(_telemetry.Meter, SummarizerTelemetry.SourceName, SummarizerTelemetry.ModelCallsSourceName);

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _capture.Dispose();
        _telemetry.Dispose();
        _cache.Dispose();
    }

    private ConnectorOptions Options => new()
    {
        Endpoint = _server.BaseUrl,
        Model = "test-model",
        ApiKey = Key,
        CacheDirectory = _cache.Path,
    };

    private ConnectorStack NewRun(ConnectorOptions? options = null) =>
        ChatClientFactory.Create(options ?? Options, NullLoggerFactory.Instance, _time, telemetry: _telemetry);

    private static ChatMessage[] Prompt(string article) => [new(ChatRole.System, "Summarize."), new(ChatRole.User, article)];

    // A model call made from a pipeline step, as the pipeline makes it: under the step's span.
    private async Task<(ActivityTraceId Trace, Activity Step)> CallFromStepAsync(ConnectorStack stack, string article)
    {
        using var step = _telemetry.StartStage("summarize")!;
        await _time.RunAsync(stack.Client.GetResponseAsync(Prompt(article), new ChatOptions().WithStage("summarize")), Options, _server);
        return (step.TraceId, step);
    }

    private List<Activity> ModelCallSpans(ActivityTraceId trace) =>
        [.. _capture.SpansOf(trace).Where(s => s.Source.Name == SummarizerTelemetry.ModelCallsSourceName)];

    [Fact]
    public async Task Every_call_is_counted_with_the_tokens_the_provider_reported_and_has_a_GenAI_span()
    {
        _server.Enqueue(FakeReply.Success("a", inputTokens: 11, outputTokens: 7), FakeReply.Success("b", inputTokens: 5, outputTokens: 3));
        using var stack = NewRun(Options with { CacheEnabled = false });

        var (first, firstStep) = await CallFromStepAsync(stack, Article);
        var (second, _) = await CallFromStepAsync(stack, "Another article about the ferry.");

        Assert.Equal(2, _capture.Sum("summarizer.model.calls", ("summarizer.stage", "summarize")));
        Assert.Equal(16, _capture.Sum("summarizer.model.tokens", ("gen_ai.token.type", "input")));
        Assert.Equal(10, _capture.Sum("summarizer.model.tokens", ("gen_ai.token.type", "output")));
        Assert.Equal(0, _capture.Sum("summarizer.cache.hits") + _capture.Sum("summarizer.model.retries") + _capture.Sum("summarizer.model.failures"));
        Assert.Equal(new Documents.UsageReport(2, 16, 10, 0, 0), stack.Usage.Total);

        var span = Assert.Single(ModelCallSpans(first));
        Assert.Equal(firstStep.SpanId, span.ParentSpanId);
        Assert.Equal(11, Convert.ToInt32(span.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(7, Convert.ToInt32(span.GetTagItem("gen_ai.usage.output_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("test-model", span.GetTagItem("gen_ai.request.model"));
        Assert.Equal("chat test-model", span.DisplayName);
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.NotNull(span.GetTagItem("gen_ai.response.model"));
        Assert.NotNull(span.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Single(ModelCallSpans(second));
    }

    [Fact]
    public async Task Spans_carry_neither_the_api_key_nor_the_article_text()
    {
        using var stack = NewRun(Options with { CacheEnabled = false });

        var (trace, _) = await CallFromStepAsync(stack, Article);

        var spans = _capture.SpansOf(trace);
        Assert.Equal(2, spans.Count); // the step and its model call
        var recorded = string.Join('\n', spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}")
            .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")))));
        Assert.DoesNotContain(Key, recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("Kessel", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("Summarize.", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_is_answered_from_the_cache_counted_as_a_hit_and_makes_no_GenAI_span()
    {
        using (var first = NewRun())
        {
            await CallFromStepAsync(first, Article);
        }

        using var second = NewRun();
        var (rerun, step) = await CallFromStepAsync(second, Article);

        Assert.Single(_server.Requests);
        Assert.Equal(1, _capture.Sum("summarizer.model.calls"));
        Assert.Equal(1, _capture.Sum("summarizer.cache.hits", ("summarizer.stage", "summarize")));
        Assert.Empty(ModelCallSpans(rerun));
        var hit = Assert.Single(step.Events);
        Assert.Equal("summarizer.cache_hit", hit.Name);
    }

    [Fact]
    public async Task A_429_is_a_failed_GenAI_span_then_a_retry_and_a_span_that_worked()
    {
        _server.Enqueue(FakeReply.Status(429, retryAfter: "0"), FakeReply.Success("ok", inputTokens: 11, outputTokens: 7));
        using var stack = NewRun(Options with { CacheEnabled = false });

        var (trace, step) = await CallFromStepAsync(stack, Article);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(1, _capture.Sum("summarizer.model.retries", ("summarizer.stage", "summarize")));
        Assert.Equal(1, _capture.Sum("summarizer.model.failures", ("error.type", "429")));
        Assert.Equal(1, _capture.Sum("summarizer.model.calls"));
        Assert.Equal(11, _capture.Sum("summarizer.model.tokens", ("gen_ai.token.type", "input")));

        var attempts = ModelCallSpans(trace);
        Assert.Equal(2, attempts.Count);
        Assert.Equal([ActivityStatusCode.Error, ActivityStatusCode.Unset], attempts.Select(a => a.Status));
        Assert.NotNull(attempts[0].GetTagItem("error.type"));
        Assert.All(attempts, a => Assert.Equal(step.SpanId, a.ParentSpanId));
        var retry = Assert.Single(step.Events);
        Assert.Equal("summarizer.retry", retry.Name);
        Assert.Contains(retry.Tags, t => t.Key == "error.type" && Equals(t.Value, "429"));
    }
}
