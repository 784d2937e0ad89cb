using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Resilience;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Resilience;

public sealed class RateLimitingChatClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ConnectorOptions Options => new() { Endpoint = _server.BaseUrl, Model = "test-model" };

    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The rate limiter owns the provider client it wraps; each test disposes the result.")]
    private IChatClient Client(ConnectorOptions options) => OpenAIChatClientFactory.Create(options, _time).UseRateLimiting(options, _time);

    private static ChatMessage[] Prompt(int i) => [new(ChatRole.User, $"Story {i}: the bakery on Elm Street reopens.")];

    [Fact]
    public async Task No_more_calls_than_the_concurrency_bound_are_in_flight()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Fallback = FakeReply.After(gate.Task, "ok");
        using var client = Client(Options with { Concurrency = 2 });

        var calls = Enumerable.Range(0, 6).Select(i => client.GetResponseAsync(Prompt(i))).ToArray();
        await _server.WaitForRequestsAsync(2);
        await Task.Delay(100); // give a third call the chance to slip through if the bound were broken

        Assert.Equal(2, _server.Requests.Count);
        gate.SetResult();
        await Task.WhenAll(calls);
        Assert.Equal(6, _server.Requests.Count);
        Assert.Equal(2, _server.MaxInFlight);
    }

    [Fact]
    public async Task Requests_per_minute_makes_extra_calls_wait_for_the_clock()
    {
        using var client = Client(Options with { RequestsPerMinute = 2 });

        await client.GetResponseAsync(Prompt(1));
        await client.GetResponseAsync(Prompt(2));
        var third = client.GetResponseAsync(Prompt(3));
        await Task.Delay(100);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, _server.Requests.Count);
        _time.Advance(TimeSpan.FromSeconds(30)); // one permit every 60/2 seconds
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Tokens_per_minute_charges_an_estimate_before_each_call()
    {
        // 120 tokens a minute refill at 2 a second; each call is estimated at 100 output + ~12 prompt tokens.
        using var client = Client(Options with { TokensPerMinute = 120, MaxOutputTokens = 100 });

        await client.GetResponseAsync(Prompt(1));
        var second = client.GetResponseAsync(Prompt(2));
        _time.Advance(TimeSpan.FromSeconds(20));
        await Task.Delay(100);
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(40));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_call_bigger_than_the_whole_token_budget_still_runs()
    {
        using var client = Client(Options with { TokensPerMinute = 10, MaxOutputTokens = 1000 });

        var response = await client.GetResponseAsync(Prompt(1)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("A default answer.", response.Text);
    }
}
