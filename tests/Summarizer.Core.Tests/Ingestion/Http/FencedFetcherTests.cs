using Summarizer.Ingestion.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>
/// A loopback test server behind the test fence, and fetchers that may reach exactly that server; after each test
/// the fence must have blocked nothing.
/// </summary>
public abstract class FencedFetcherTests : IAsyncLifetime
{
    private protected readonly LoopbackFence _fence = new();
    private protected WebTestServer _server = null!;

    public async Task InitializeAsync() => _server = await WebTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Assert.Empty(_fence.Blocked);
    }

    // Exactly the test server is let through the inward-address guard; retries wait no real time. Fetches on the
    // real clock get a timeout of minutes, which only turns a hang into a failure; the timeout itself is tested
    // on a fake clock with a short one.
    private protected FetchOptions Fast => new() { RetryBaseDelay = TimeSpan.Zero, Timeout = HangGuard.Limit, Hooks = _fence.HooksAllowing(_server.BaseUrl) };

    private protected FetchOptions TenSecondTimeout => Fast with { Timeout = TimeSpan.FromSeconds(10) };

    private protected static CancellationToken Bounded => HangGuard.Token();

    private protected IWebFetcher Fetcher(FetchOptions? options = null, TimeProvider? time = null, IFetchStateStore? store = null) =>
        WebFetchers.Create(options ?? Fast, timeProvider: time, stateStore: store);
}
