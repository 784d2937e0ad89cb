using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Ingestion.Http;

/// <summary>Factory for <see cref="IWebFetcher"/>.</summary>
public static class WebFetchers
{
    /// <summary>
    /// Creates a fetcher. Thread-safe; share one per run so the concurrency limits hold across sources. It
    /// connects directly (no system proxy), so that the address it vets is the address it connects to.
    /// </summary>
    /// <param name="options">Null for <see cref="FetchOptions.Default"/>.</param>
    /// <param name="timeProvider">Clock for timeouts and retry delays; null for <see cref="TimeProvider.System"/>.</param>
    /// <param name="stateStore">Where ETag / Last-Modified are kept for conditional requests; null to not keep them.</param>
    /// <param name="loggerFactory">Null for no logging.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public static IWebFetcher Create(
        FetchOptions? options = null,
        TimeProvider? timeProvider = null,
        IFetchStateStore? stateStore = null,
        ILoggerFactory? loggerFactory = null)
    {
        options ??= FetchOptions.Default;
        options.Validate();
        var guard = new ConnectGuard(options.AllowPrivateNetworks, options.Hooks);
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),

            // Redirects are followed by the fetcher, so that each hop is checked.
            AllowAutoRedirect = false,

            // Through a proxy the connect step would only see the proxy's address, never the target's.
            UseProxy = false,
            ConnectCallback = guard.ConnectCallback,
        };

        // The fetcher enforces its own per-attempt timeout with the injected clock.
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Summarizer.Ingestion.Http.WebFetcher");
        return new WebFetcher(client, ownsClient: true, options, guard, timeProvider ?? TimeProvider.System, stateStore, logger);
    }
}
