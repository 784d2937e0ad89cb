using Summarizer.Chat;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests;

public sealed class ChatClientFactoryTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "sk-factory-secret-777777";

    private readonly TempCacheDirectory _cache = new();
    private readonly FakeClock _time = new();
    private readonly CollectingLoggerProvider _logs = new();
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _cache.Dispose();
        _logs.Dispose();
    }

    private ConnectorOptions Options => new()
    {
        Endpoint = _server.BaseUrl,
        Model = "test-model",
        ApiKey = Secret,
        CacheDirectory = _cache.Path,
        RetryBaseDelay = TimeSpan.FromSeconds(1),
    };

    [Fact]
    public async Task The_key_never_reaches_logs_exceptions_usage_or_the_cache()
    {
        _server.Enqueue(
            FakeReply.Success("First answer."),
            FakeReply.Status(503, message: $"overloaded for {Secret}"),
            FakeReply.Status(429, retryAfter: "2", message: $"slow down {Secret}"),
            FakeReply.Success("Second answer."),
            FakeReply.Status(401, message: $"Incorrect API key provided: {Secret}"));
        var errors = new List<Exception>();
        using var loggers = _logs.CreateFactory();
        using (var stack = ChatClientFactory.Create(Options, loggers, _time))
        {
            await stack.Client.GetResponseAsync([new(ChatRole.User, "One.")]);
            await _time.RunAsync(stack.Client.GetResponseAsync([new(ChatRole.User, "Two.")]), Options, _server);
            errors.Add(await Assert.ThrowsAsync<ProviderUnusableException>(() => stack.Client.GetResponseAsync([new(ChatRole.User, "Three.")])));
            Assert.Equal(new Documents.UsageReport(2, 22, 14, 0, 2), stack.Usage.Total);
            Assert.DoesNotContain(Secret, stack.Usage.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains(_logs.Lines, l => l.StartsWith("Trace", StringComparison.Ordinal)); // the most verbose level was captured
        Assert.DoesNotContain(Secret, _logs.AllText, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var cache = await CacheFiles.ReadAllAsync(_cache.Path);
        Assert.Contains(cache, text => text.Contains("First answer.", StringComparison.Ordinal)); // what is searched holds the replies
        Assert.DoesNotContain(cache, text => text.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_options_are_refused_with_the_field_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChatClientFactory.Create(Options with { Concurrency = 0 }, _logs.CreateFactory(), _time));
        Assert.Contains("Concurrency:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hosted_endpoint_without_a_key_is_unusable_before_any_call()
    {
        var options = Options with { Endpoint = new Uri("https://api.openai.com/v1"), ApiKey = null };

        var ex = Assert.Throws<ProviderUnusableException>(() => ChatClientFactory.Create(options, _logs.CreateFactory(), _time));

        Assert.Equal(ProviderUnusableReason.MissingApiKey, ex.Reason);
        Assert.Equal("No API key for https://api.openai.com/v1: set OPENAI_API_KEY (only loopback endpoints work without a key)", ex.Message);
    }

    [Fact]
    public async Task Cache_hits_skip_the_limiter_so_they_never_wait_for_a_slot()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var loggers = _logs.CreateFactory();
        using var stack = ChatClientFactory.Create(Options with { Concurrency = 1 }, loggers, _time);
        await stack.Client.GetResponseAsync([new(ChatRole.User, "Cached.")]);
        _server.Fallback = FakeReply.After(gate.Task, "slow");

        var busy = stack.Client.GetResponseAsync([new(ChatRole.User, "Holds the only slot.")]);
        await _server.WaitForRequestsAsync(2);
        // Were the hit to queue behind the busy call for the only slot, it would never finish.
        var hit = await stack.Client.GetResponseAsync([new(ChatRole.User, "Cached.")]).WithHangGuard("the cache hit while the only slot is busy");

        Assert.Equal("A default answer.", hit.Text);
        Assert.False(busy.IsCompleted);
        gate.SetResult();
        await busy;
    }
}
