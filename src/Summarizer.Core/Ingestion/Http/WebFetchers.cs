using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Ingestion.Http;

/// <summary>Factory for <see cref="IWebFetcher"/>.</summary>
internal static class WebFetchers
{
    /// <summary>Creates a fetcher. Thread-safe; share one per run so the concurrency limits hold across sources.</summary>
    /// <param name="options">Null for <see cref="FetchOptions.Default"/>.</param>
    /// <param name="handler">
    /// The handler to send through (tests pass one for an in-process server); null for a new
    /// <see cref="SocketsHttpHandler"/>. Redirects are followed by the fetcher, so automatic redirects
    /// are switched off on a <see cref="SocketsHttpHandler"/> or <see cref="HttpClientHandler"/>; the
    /// caller keeps ownership of a handler it passes.
    /// </param>
    /// <param name="timeProvider">Clock for timeouts and retry delays; null for <see cref="TimeProvider.System"/>.</param>
    /// <param name="stateStore">Where ETag / Last-Modified are kept for conditional requests; null to not keep them.</param>
    /// <param name="loggerFactory">Null for no logging.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public static IWebFetcher Create(
        FetchOptions? options = null,
        HttpMessageHandler? handler = null,
        TimeProvider? timeProvider = null,
        IFetchStateStore? stateStore = null,
        ILoggerFactory? loggerFactory = null)
    {
        options ??= FetchOptions.Default;
        options.Validate();
        var ownsHandler = handler is null;
        handler ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler classic:
                classic.AllowAutoRedirect = false;
                break;
        }

        // The fetcher enforces its own per-attempt timeout with the injected clock.
        var client = new HttpClient(handler, disposeHandler: ownsHandler) { Timeout = Timeout.InfiniteTimeSpan };
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Summarizer.Ingestion.Http.WebFetcher");
        return new WebFetcher(client, ownsClient: true, options, timeProvider ?? TimeProvider.System, stateStore, logger);
    }
}
