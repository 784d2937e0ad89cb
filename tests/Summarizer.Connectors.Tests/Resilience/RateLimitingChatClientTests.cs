using Microsoft.Extensions.AI;
using Summarizer.Chat;
using Summarizer.Connectors.Resilience;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Resilience;

/// <summary>
/// The limiter over an in-memory model: a call runs synchronously until it waits, so right after a call is
/// made the model has either seen it or not. Nothing here waits in real time to see whether a call slips through.
/// </summary>
public sealed class RateLimitingChatClientTests
{
    private static readonly ConnectorOptions Options = new() { Endpoint = new Uri("http://127.0.0.1:1/v1"), Model = "test-model" };

    private readonly FakeClock _time = new();

    private static ChatMessage[] Prompt(int i) => [new(ChatRole.User, $"Story {i}: the bakery on Elm Street reopens.")];

    [Fact]
    public async Task No_more_calls_than_the_concurrency_bound_are_in_flight()
    {
        using var model = new HeldChatClient(held: true);
        using var client = model.UseRateLimiting(Options with { Concurrency = 2 }, _time);

        var calls = Enumerable.Range(0, 6).Select(i => client.GetResponseAsync(Prompt(i))).ToArray();

        Assert.Equal(2, model.Started); // the other four wait for a slot
        model.Release();
        await Task.WhenAll(calls).WithHangGuard("the six calls to finish");
        Assert.Equal(6, model.Started);
        Assert.Equal(2, model.MaxInFlight);
    }

    [Fact]
    public async Task Requests_per_minute_makes_extra_calls_wait_for_the_clock()
    {
        using var model = new HeldChatClient();
        using var client = model.UseRateLimiting(Options with { RequestsPerMinute = 2 }, _time);

        await client.GetResponseAsync(Prompt(1));
        await client.GetResponseAsync(Prompt(2));
        var third = client.GetResponseAsync(Prompt(3));

        Assert.False(third.IsCompleted);
        Assert.Equal(2, model.Started);
        _time.Advance(TimeSpan.FromSeconds(29)); // no timer falls due: nothing can have moved
        Assert.Equal(2, model.Started);
        _time.Advance(TimeSpan.FromSeconds(1)); // one permit every 60/2 seconds
        await third.WithHangGuard("the third call once its permit is due");
        Assert.Equal(3, model.Started);
    }

    [Fact]
    public async Task Tokens_per_minute_charges_an_estimate_before_each_call()
    {
        // 120 tokens a minute refill at 2 a second; each call is estimated at 100 output + ~10 prompt tokens.
        using var model = new HeldChatClient();
        using var client = model.UseRateLimiting(Options with { TokensPerMinute = 120, MaxOutputTokens = 100 }, _time);

        await client.GetResponseAsync(Prompt(1));
        var second = client.GetResponseAsync(Prompt(2));
        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.False(second.IsCompleted);
        Assert.Equal(1, model.Started);
        _time.Advance(TimeSpan.FromSeconds(40));
        await second.WithHangGuard("the second call once enough tokens are back");
        Assert.Equal(2, model.Started);
    }

    [Theory]
    [InlineData("gpt-4o", 4 + 10)] // o200k_base: 123 456 789 0
    [InlineData("llama3.1", 3 + 10)] // the estimate: 10 characters / 4, rounded up
    public void The_token_limit_counts_the_prompt_with_the_models_tokenizer_where_it_is_shipped(string model, int expected)
    {
        using var inner = new HeldChatClient();
        using var client = (RateLimitingChatClient)inner.UseRateLimiting(Options with { Model = model, TokensPerMinute = 1000, MaxOutputTokens = 10 }, _time);

        Assert.Equal(expected, client.EstimateTokens([new ChatMessage(ChatRole.User, "1234567890")], null, 1000));
    }

    [Fact]
    public async Task A_call_bigger_than_the_whole_token_budget_still_runs()
    {
        using var model = new HeldChatClient();
        using var client = model.UseRateLimiting(Options with { TokensPerMinute = 10, MaxOutputTokens = 1000 }, _time);

        var response = client.GetResponseAsync(Prompt(1));

        Assert.True(response.IsCompleted, "the call waited although nothing else had used the budget");
        Assert.Equal("ok", (await response).Text);
    }

    [Fact]
    public async Task With_shared_limits_every_call_takes_its_permits_from_the_accounts_shared_buckets()
    {
        using var model = new HeldChatClient();
        var shared = new RecordingLimits();
        using var client = model.UseSharedRateLimiting(Options with { RequestsPerMinute = 60, TokensPerMinute = 10_000, MaxOutputTokens = 100 }, shared, _time);

        await client.GetResponseAsync(Prompt(1));
        await client.GetResponseAsync(Prompt(2));

        Assert.Equal(4, shared.Taken.Count);
        Assert.All(shared.Taken.Where(t => t.Name.StartsWith("requests:", StringComparison.Ordinal)), t => Assert.Equal((1, 60), (t.Permits, t.PerMinute)));
        Assert.All(shared.Taken.Where(t => t.Name.StartsWith("tokens:", StringComparison.Ordinal)), t => Assert.True(t.Permits > 100 && t.PerMinute == 10_000));
        Assert.Equal(2, shared.Taken.Select(t => t.Name).Distinct().Count()); // one bucket each, the same for every call
        Assert.All(shared.Taken, t => Assert.DoesNotContain("127.0.0.1", t.Name, StringComparison.Ordinal));
    }

    private sealed class RecordingLimits : ISharedRateLimits
    {
        public List<(string Name, int Permits, int PerMinute)> Taken { get; } = [];

        public Task AcquireAsync(string name, int permits, int perMinute, CancellationToken cancellationToken)
        {
            Taken.Add((name, permits, perMinute));
            return Task.CompletedTask;
        }
    }
}
