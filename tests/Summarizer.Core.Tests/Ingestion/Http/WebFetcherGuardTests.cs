using System.Net;
using Summarizer.Ingestion.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>
/// The fetcher cannot be aimed inward. Every test runs behind a <see cref="LoopbackFence"/>: names resolve
/// from a table, and a connection beyond 127.0.0.0/8 or ::1 is stopped and recorded, so a broken guard fails
/// these tests without sending traffic anywhere else.
/// </summary>
public sealed class WebFetcherGuardTests : IAsyncLifetime
{
    private const string Remedy = "set allowPrivateNetworks (--allow-private-networks) to allow it";

    private readonly LoopbackFence _fence = new(
        ("self.test", "127.0.0.1"),
        ("loopback2.test", "127.0.0.2"),
        ("intranet.test", "10.1.2.3"),
        ("metadata.test", "169.254.169.254"),
        ("mixed.test", "203.0.113.7"),
        ("mixed.test", "192.168.1.20"));

    private WebTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WebTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Assert.Empty(_fence.Blocked);
    }

    private int Port => _server.BaseUrl.Port;

    private Task<IWebFetcher> FetcherAsync(ConnectHooks hooks, bool allowPrivateNetworks = false) =>
        _fence.CreateFetcherAsync(new FetchOptions { RetryBaseDelay = TimeSpan.Zero, Timeout = HangGuard.Limit, AllowPrivateNetworks = allowPrivateNetworks, Hooks = hooks });

    // Real-clock fetches: the limits of minutes only turn a hang into a failure.
    private static CancellationToken Bounded => HangGuard.Token();

    [Fact]
    public async Task A_literal_loopback_url_is_refused_by_default_before_any_connection()
    {
        using var fetcher = await FetcherAsync(_fence.Hooks());
        var url = _server.Url("/articles/ferry-resumes");

        var ex = await Assert.ThrowsAsync<FetchRefusedException>(() => fetcher.FetchAsync(url, Bounded));

        Assert.Equal($"refused: 127.0.0.1 is a loopback address; {Remedy}", ex.Message);
        Assert.Equal(url, ex.Url);
        Assert.Equal(IPAddress.Loopback, ex.Address);
        Assert.Empty(_fence.Connects);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("intranet.test", "intranet.test resolves to 10.1.2.3, a private-network address")]
    [InlineData("metadata.test", "metadata.test resolves to 169.254.169.254, a link-local address (cloud metadata)")]
    [InlineData("self.test", "self.test resolves to 127.0.0.1, a loopback address")]
    [InlineData("mixed.test", "mixed.test resolves to 192.168.1.20, a private-network address")]
    public async Task A_name_that_resolves_inward_is_refused_at_connect_time_and_not_retried(string host, string expected)
    {
        using var fetcher = await FetcherAsync(_fence.Hooks());

        var ex = await Assert.ThrowsAsync<FetchRefusedException>(() => fetcher.FetchAsync(new Uri($"http://{host}:{Port}/articles/a"), Bounded));

        Assert.Equal($"refused: {expected}; {Remedy}", ex.Message);
        Assert.Equal(host, ex.Host);
        Assert.Equal([host], _fence.Lookups); // resolved once: a refusal is not retried
        Assert.Empty(_fence.Connects);
    }

    [Theory]
    [InlineData("http://loopback2.test:{port}/articles/a")]
    [InlineData("http://metadata.test/latest/meta-data/")]
    [InlineData("http://127.0.0.2:{port}/articles/a")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    public async Task A_redirect_from_an_allowed_server_to_an_inward_address_is_refused(string target)
    {
        using var fetcher = await FetcherAsync(_fence.HooksAllowing(_server.BaseUrl));
        var to = target.Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var start = _server.Url("/redirect?to=" + Uri.EscapeDataString(to));

        var ex = await Assert.ThrowsAsync<FetchRefusedException>(() => fetcher.FetchAsync(start, Bounded));

        Assert.StartsWith("refused: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"; {Remedy} (redirect from {start})", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new Uri(to), ex.Url);
        Assert.Equal(1, _server.Count("/redirect"));
        Assert.All(_fence.Connects, c => Assert.Equal(new IPEndPoint(IPAddress.Loopback, Port), c));
    }

    [Fact]
    public async Task A_name_that_resolves_to_the_allowed_server_is_fetched_through_the_guard()
    {
        using var fetcher = await FetcherAsync(_fence.HooksAllowing(_server.BaseUrl));

        var result = await fetcher.FetchAsync(new Uri($"http://self.test:{Port}/articles/ferry-resumes"), Bounded);

        Assert.Contains("Full story for ferry-resumes.", result.DecodeText(), StringComparison.Ordinal);
        Assert.Equal(["self.test"], _fence.Lookups);
        Assert.Equal([new IPEndPoint(IPAddress.Loopback, Port)], _fence.Connects);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address (cloud metadata)")]
    [InlineData("http://[fd00::1]/", "fd00::1 is a unique-local address")]
    [InlineData("http://[::ffff:10.0.0.1]/", "::ffff:10.0.0.1 is a private-network address")]
    [InlineData("http://[fe80::1]/", "fe80::1 is a link-local address")]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    [InlineData("http://0.0.0.0/", "0.0.0.0 is an unspecified address")]
    [InlineData("http://100.64.0.1/", "100.64.0.1 is a carrier-grade NAT address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")]
    public async Task An_inward_ip_literal_is_refused_without_a_lookup_or_a_connection(string url, string expected)
    {
        using var fetcher = await FetcherAsync(_fence.Hooks());

        var ex = await Assert.ThrowsAsync<FetchRefusedException>(() => fetcher.FetchAsync(new Uri(url), Bounded));

        Assert.Equal($"refused: {expected}; {Remedy}", ex.Message);
        Assert.Empty(_fence.Lookups);
        Assert.Empty(_fence.Connects);
    }

    [Theory]
    [InlineData("169.254.169.254", "169.254.169.254 is a link-local address (cloud metadata)")]
    [InlineData("[fd00::1]", "fd00::1 is a unique-local address")]
    [InlineData("::ffff:10.0.0.1", "::ffff:10.0.0.1 is a private-network address")]
    [InlineData("metadata.test", "metadata.test resolves to 169.254.169.254, a link-local address (cloud metadata)")]
    public async Task The_connect_step_refuses_before_opening_a_connection(string host, string expected)
    {
        var guard = new ConnectGuard(allowPrivateNetworks: false, _fence.Hooks());

        var ex = await Assert.ThrowsAsync<FetchRefusedException>(async () => await guard.ConnectAsync(host, 80, Bounded));

        Assert.Equal($"refused: {expected}; {Remedy}", ex.Message);
        Assert.Empty(_fence.Connects);
    }

    [Fact]
    public async Task Allowing_private_networks_lets_loopback_through_by_ip_and_by_name()
    {
        using var fetcher = await FetcherAsync(_fence.Hooks(), allowPrivateNetworks: true);

        var byIp = await fetcher.FetchAsync(_server.Url("/articles/ferry-resumes"), Bounded);
        var byName = await fetcher.FetchAsync(new Uri($"http://self.test:{Port}/articles/library"), Bounded);

        Assert.Equal(200, byIp.StatusCode);
        Assert.Equal(200, byName.StatusCode);
        Assert.Equal(["self.test"], _fence.Lookups);
        Assert.Equal(2, _server.Requests.Count);
    }
}
