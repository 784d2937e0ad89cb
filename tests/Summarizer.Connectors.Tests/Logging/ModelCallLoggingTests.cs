using Microsoft.Extensions.AI;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Logging;

/// <summary>
/// What the connector's own call log gives that the library's <c>UseLogging</c> does not (it logs "GetResponseAsync
/// completed." with no stage, duration, tokens or finish reason below Trace, and every failed attempt at Error with the
/// exception): these tests fail if ours is swapped for it.
/// </summary>
public sealed class ModelCallLoggingTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-logging-secret-5150";
    private const string Article = "The Kessel ferry resumed crossings on Monday after a storm.";

    private readonly FakeClock _time = new();
    private readonly CollectingLoggerProvider _logs = new();
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    private ConnectorOptions Options => new() { Endpoint = _server.BaseUrl, Model = "test-model", ApiKey = Key, CacheEnabled = false };

    [Fact]
    public async Task A_retried_429_is_a_warning_naming_the_stage_and_the_call_that_worked_logs_its_tokens_and_finish()
    {
        _server.Enqueue(FakeReply.Status(429, retryAfter: "0"), FakeReply.Success("ok", inputTokens: 11, outputTokens: 7));
        using var loggers = _logs.CreateFactory();
        using var stack = ChatClientFactory.Create(Options, loggers, _time);

        var reply = await _time.RunAsync(
            stack.Client.GetResponseAsync([new(ChatRole.System, "Summarize."), new(ChatRole.User, Article)], new ChatOptions().WithStage("summarize")),
            Options,
            _server);

        Assert.Equal("ok", reply.Text);
        var calls = _logs.Lines.Where(l => l.Contains(".LoggingChatClient:", StringComparison.Ordinal)).ToList();
        Assert.Single(calls, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("stage summarize failed", StringComparison.Ordinal) && l.Contains("429", StringComparison.Ordinal));
        Assert.Single(calls, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains("stage summarize finished in", StringComparison.Ordinal)
            && l.Contains("11 in / 7 out tokens", StringComparison.Ordinal) && l.Contains("finish stop", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));

        // Article text only at Trace; the key nowhere.
        Assert.DoesNotContain(calls, l => !l.StartsWith("Trace", StringComparison.Ordinal) && l.Contains("Kessel", StringComparison.Ordinal));
        Assert.DoesNotContain(Key, _logs.AllText, StringComparison.Ordinal);
    }
}
