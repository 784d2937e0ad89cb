using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.Tests.Support;
using Summarizer.Connectors.Usage;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Usage;

public sealed class UsageTrackerTests : IAsyncLifetime, IDisposable
{
    private readonly TempCacheDirectory _cache = new();
    private readonly FakeClock _time = new();
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cache.Dispose();

    private static ChatMessage[] Prompt(string text) => [new(ChatRole.User, text)];

    [Fact]
    public async Task Counts_calls_tokens_cache_hits_and_retries_per_stage()
    {
        _server.Enqueue(
            FakeReply.Success("s1", inputTokens: 100, outputTokens: 20),
            FakeReply.Status(503, retryAfter: "1"),
            FakeReply.Success("s2", inputTokens: 200, outputTokens: 30),
            FakeReply.Truncated(),
            FakeReply.Success("m", inputTokens: 400, outputTokens: 50));
        var options = new ConnectorOptions { Endpoint = _server.BaseUrl, Model = "test-model", CacheDirectory = _cache.Path };
        using var stack = ChatClientFactory.Create(options, NullLoggerFactory.Instance, _time);
        var summarize = new ChatOptions().WithStage("summarize");
        var merge = new ChatOptions().WithStage("merge");

        await stack.Client.GetResponseAsync(Prompt("a"), summarize);
        await _time.RunAsync(stack.Client.GetResponseAsync(Prompt("b"), summarize), options, _server);
        await stack.Client.GetResponseAsync(Prompt("a"), summarize); // cache hit
        await Assert.ThrowsAsync<ModelReplyException>(() => stack.Client.GetResponseAsync(Prompt("c"), merge));
        await stack.Client.GetResponseAsync(Prompt("c, repaired"), merge);

        Assert.Equal(
            [
                new StageUsage("merge", 2, 411, 114, 0, 0, 1),
                new StageUsage("summarize", 2, 300, 50, 1, 1, 1),
            ],
            stack.Usage.ByStage);
        Assert.Equal(new UsageReport(4, 711, 164, 1, 1), stack.Usage.Total);
    }

    [Fact]
    public void Calls_without_a_stage_count_under_the_default_stage()
    {
        var tracker = new UsageTracker();

        tracker.RecordCall(ConnectorChatOptions.GetStage(null), new UsageDetails { InputTokenCount = 3, OutputTokenCount = 4 });

        var stage = Assert.Single(tracker.ByStage);
        Assert.Equal(ConnectorChatOptions.DefaultStage, stage.Stage);
        Assert.Equal(new UsageReport(1, 3, 4, 0, 0), tracker.Total);
    }

    [Fact]
    public void Concurrent_recording_loses_nothing()
    {
        var tracker = new UsageTracker();

        Parallel.For(0, 1000, i => tracker.RecordCall(i % 2 == 0 ? "a" : "b", new UsageDetails { InputTokenCount = 1, OutputTokenCount = 2 }));

        Assert.Equal(new UsageReport(1000, 1000, 2000, 0, 0), tracker.Total);
    }
}
