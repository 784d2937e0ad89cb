using System.Diagnostics.CodeAnalysis;
using Summarizer.Chat;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Resilience;
using Summarizer.Connectors.Tests.Support;
using Summarizer.Connectors.Usage;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Resilience;

public sealed class ResilientChatClientTests : IAsyncLifetime, IDisposable
{
    private static readonly ChatMessage[] Messages = [new(ChatRole.User, "Summarize: the library extends its opening hours.")];

    private readonly FakeClock _time = new();
    private readonly UsageTracker _usage = new();
    private readonly CollectingLoggerProvider _logs = new();
    private readonly List<IDisposable> _owned = [];
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _owned.ForEach(owned => owned.Dispose());
        _logs.Dispose();
    }

    private ConnectorOptions Options => new()
    {
        Endpoint = _server.BaseUrl,
        Model = "test-model",
        ApiKey = "sk-resilience-secret-999",
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalTimeout = TimeSpan.FromMinutes(5),
        MaxRetryAfter = TimeSpan.FromSeconds(20),
        BreakerMinimumThroughput = 100, // tests that want the breaker lower this
    };

    // Each decorator owns the client it wraps; the outermost one and the logger factory are disposed with the test.
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "Kept in _owned and disposed with the test; each decorator owns the client it wraps.")]
    private IChatClient Client(ConnectorOptions options)
    {
        var loggers = _logs.CreateFactory();
        _owned.Add(loggers);
        var client = OpenAIChatClientFactory.Create(options, _time)
            .UseUsageTracking(_usage)
            .UseResilience(options, _time, loggers, _usage);
        _owned.Add(client);
        return client;
    }

    private Task<ChatResponse> Call(IChatClient client, ConnectorOptions? options = null) =>
        _time.RunAsync(client.GetResponseAsync(Messages, new ChatOptions().WithStage("summarize")), options ?? Options, _server);

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    public async Task Retries_a_transient_status_then_succeeds(int status)
    {
        _server.Enqueue(FakeReply.Status(status), FakeReply.Status(status), FakeReply.Success("Hours extended."));

        var response = await Call(Client(Options));

        Assert.Equal("Hours extended.", response.Text);
        Assert.Equal(3, _server.Requests.Count);
        var stage = Assert.Single(_usage.ByStage);
        Assert.Equal(("summarize", 2, 1, 2), (stage.Stage, stage.Retries, stage.ModelCalls, stage.FailedAttempts));
    }

    [Fact]
    public async Task Retries_after_a_connection_reset()
    {
        _server.Enqueue(FakeReply.Reset(), FakeReply.Success("Recovered."));

        var response = await Call(Client(Options));

        Assert.Equal("Recovered.", response.Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Honours_retry_after()
    {
        _server.Enqueue(FakeReply.Status(429, retryAfter: "12"), FakeReply.Success("ok"));
        var started = _time.GetUtcNow();

        await Call(Client(Options));

        Assert.Contains(_logs.Lines, l => l.Contains("in 12000 ms", StringComparison.Ordinal));
        Assert.True(_time.GetUtcNow() - started >= TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task Caps_a_huge_retry_after_so_one_header_cannot_stall_the_run()
    {
        _server.Enqueue(FakeReply.Status(429, retryAfter: "3600"), FakeReply.Success("ok"));
        var started = _time.GetUtcNow();

        await Call(Client(Options));

        Assert.Contains(_logs.Lines, l => l.Contains("in 20000 ms", StringComparison.Ordinal));
        Assert.True(_time.GetUtcNow() - started < TimeSpan.FromMinutes(2), "the 1 h header must not be honoured");
    }

    [Fact]
    public async Task Backs_off_exponentially_without_retry_after()
    {
        _server.Fallback = FakeReply.Status(503);
        var options = Options with { MaxRetries = 6 };
        var started = _time.GetUtcNow();

        var ex = await Assert.ThrowsAsync<ProviderTransientException>(() => Call(Client(options), options));

        Assert.Equal(7, _server.Requests.Count); // 1 + MaxRetries
        Assert.Equal(7, ex.Attempts);
        Assert.Equal(503, ex.StatusCode);
        Assert.Contains("gave up after 7 attempt(s)", ex.Message, StringComparison.Ordinal);
        // Exponential with jitter from 1 s: whatever the jitter draws, n delays add up to between 0.71 and
        // 1.43 times 2^(n-1) x base (Polly's decorrelated jitter telescopes), so six take at least 22.8 s,
        // where a constant (6 s) or linear (21 s) back-off stays below. Three retries could not show it:
        // their sum ranges from 2.8 s, so the old "more than 3 s" held only thanks to the old driver's
        // 250 ms steps (about one draw in twelve is below 3 s).
        var waited = _time.GetUtcNow() - started;
        Assert.True(waited >= TimeSpan.FromSeconds(22.4), $"waited {waited}");
        Assert.Equal(6, _usage.Total.Retries);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_is_retried()
    {
        _server.Enqueue(FakeReply.Hang(), FakeReply.Success("Second try."));

        var response = await Call(Client(Options));

        Assert.Equal("Second try.", response.Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task The_total_timeout_ends_a_call_that_keeps_hanging()
    {
        _server.Fallback = FakeReply.Hang();
        var options = Options with { MaxRetries = 10, TotalTimeout = TimeSpan.FromSeconds(70) };

        var ex = await Assert.ThrowsAsync<ProviderTransientException>(() => Call(Client(options), options));

        Assert.Contains("No reply", ex.Message, StringComparison.Ordinal);
        Assert.Contains("70 s", ex.Message, StringComparison.Ordinal);
        Assert.InRange(_server.Requests.Count, 2, 3); // 30 s attempts plus back-off fit two or three into 70 s
    }

    [Fact]
    public async Task Does_not_retry_auth_failures_or_bad_replies()
    {
        _server.Enqueue(FakeReply.Status(401), FakeReply.EmptyChoices());
        var client = Client(Options);

        await Assert.ThrowsAsync<ProviderUnusableException>(() => Call(client));
        await Assert.ThrowsAsync<ModelReplyException>(() => Call(client));

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(0, _usage.Total.Retries);
    }

    [Fact]
    public async Task A_dead_endpoint_is_unusable_after_retries()
    {
        var deadEndpoint = new Uri($"http://127.0.0.1:{FreePort()}/v1");
        var options = Options with { Endpoint = deadEndpoint, MaxRetries = 2 };

        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() => Call(Client(options), options));

        Assert.Equal(ProviderUnusableReason.Unreachable, ex.Reason);
        Assert.Contains("gave up after 3 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _usage.Total.Retries);
    }

    [Fact]
    public async Task An_open_circuit_fails_fast_without_calling_the_endpoint()
    {
        _server.Fallback = FakeReply.Status(500);
        var options = Options with { MaxRetries = 1, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5 };
        var client = Client(options);

        await Assert.ThrowsAsync<ProviderTransientException>(() => Call(client, options));
        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() => Call(client, options));

        Assert.Equal(ProviderUnusableReason.CircuitOpen, ex.Reason);
        Assert.Contains("HTTP 500", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task The_key_is_nowhere_in_the_logs_of_a_failing_run()
    {
        _server.Enqueue(
            FakeReply.Status(429, message: "Rate limit for key sk-resilience-secret-999 reached"),
            FakeReply.Status(401, message: "Incorrect API key provided: sk-resilience-secret-999"));

        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() => Call(Client(Options)));

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain("sk-resilience-secret-999", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-resilience-secret-999", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_after_is_capped_and_absent_headers_fall_back_to_backoff()
    {
        var cap = TimeSpan.FromSeconds(30);
        Assert.Equal(cap, ConnectorResiliencePipeline.RetryAfterDelay(new ProviderTransientException("x", 429, TimeSpan.FromHours(1)), cap));
        Assert.Equal(TimeSpan.FromSeconds(5), ConnectorResiliencePipeline.RetryAfterDelay(new ProviderTransientException("x", 429, TimeSpan.FromSeconds(5)), cap));
        Assert.Null(ConnectorResiliencePipeline.RetryAfterDelay(new ProviderTransientException("x", 503), cap));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
