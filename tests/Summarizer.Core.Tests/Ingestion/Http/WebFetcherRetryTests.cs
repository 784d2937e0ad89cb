using System.Net;
using System.Net.Sockets;
using Summarizer.Ingestion.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>The fetcher's one retry policy: what is retried, how often, and how long it waits (on the injected clock).</summary>
public sealed class WebFetcherRetryTests : FencedFetcherTests
{
    [Fact]
    public async Task A_503_is_retried_after_the_servers_retry_after_on_the_injected_clock()
    {
        var clock = new FakeClock();
        var start = clock.GetUtcNow();
        using var fetcher = Fetcher(TenSecondTimeout, clock);

        var result = await clock.RunAsync(fetcher.FetchAsync(_server.Url("/flaky"), Bounded), [TimeSpan.FromSeconds(10)]);

        Assert.Equal("recovered", result.DecodeText());
        Assert.Equal(2, _server.Count("/flaky"));
        Assert.InRange(clock.GetUtcNow() - start, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_long_retry_after_is_capped()
    {
        var clock = new FakeClock();
        var start = clock.GetUtcNow();
        using var fetcher = Fetcher(TenSecondTimeout with { MaxRetryAfter = TimeSpan.FromMilliseconds(200) }, clock);

        await clock.RunAsync(fetcher.FetchAsync(_server.Url("/flaky"), Bounded), [TimeSpan.FromSeconds(10)]);

        Assert.InRange(clock.GetUtcNow() - start, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(1900));
    }

    [Fact]
    public async Task A_host_that_stays_down_is_tried_three_times_then_reported()
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/down"), Bounded));

        Assert.Equal("HTTP 503 Service Unavailable", ex.Message);
        Assert.Equal(3, _server.Count("/down"));
    }

    [Theory]
    [InlineData(408, 3)]
    [InlineData(429, 3)]
    [InlineData(500, 3)]
    [InlineData(502, 3)]
    [InlineData(400, 1)]
    [InlineData(403, 1)]
    [InlineData(410, 1)]
    public async Task Only_transient_statuses_are_retried(int status, int attempts)
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url($"/status/{status}"), Bounded));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(attempts, _server.Count($"/status/{status}"));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = Fetcher(Fast with { AllowPrivateNetworks = true });

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/x"), Bounded));

        Assert.StartsWith("connection failed: ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal(3, _fence.Connects.Count);
    }

    [Fact]
    public async Task Backoff_between_attempts_runs_on_the_injected_clock()
    {
        var clock = new FakeClock();
        var start = clock.GetUtcNow();
        using var fetcher = Fetcher(TenSecondTimeout with { RetryBaseDelay = TimeSpan.FromSeconds(1) }, clock);

        var ex = await Assert.ThrowsAsync<FetchException>(() => clock.RunAsync(fetcher.FetchAsync(_server.Url("/down"), Bounded), [TimeSpan.FromSeconds(10)]));
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, _server.Count("/down"));
        Assert.True(clock.GetUtcNow() > start, "the retries should have waited on the fake clock");
    }

    [Fact]
    public async Task No_retries_means_one_attempt()
    {
        using var fetcher = Fetcher(Fast with { Retries = 0 });

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/down"), Bounded));

        Assert.Equal("HTTP 503 Service Unavailable", ex.Message);
        Assert.Equal(1, _server.Count("/down"));
    }
}
