using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Ingestion.Http;

namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>
/// Counts the requests a fetcher hands to its transport, at the moment it hands them over. A fetch runs
/// synchronously up to that point unless it waits for a slot, so right after fetches are started the count
/// is how many got a slot: no waiting needed to see a limit hold.
/// </summary>
internal sealed class SendCounter(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _started;

    public int Started => Volatile.Read(ref _started);

    /// <summary>The fetcher <see cref="WebFetchers.Create"/> builds (same guard, limits and retries), with a counter in front of its connections.</summary>
    public static (IWebFetcher Fetcher, SendCounter Sends) CreateFetcher(FetchOptions options)
    {
        options.Validate();
        var guard = new ConnectGuard(options.AllowPrivateNetworks, options.Hooks);
        var sends = new SendCounter(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, ConnectCallback = guard.ConnectCallback });
        var client = new HttpClient(sends) { Timeout = Timeout.InfiniteTimeSpan };
        return (new WebFetcher(client, ownsClient: true, options, guard, TimeProvider.System, states: null, NullLogger.Instance), sends);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _started);
        return base.SendAsync(request, cancellationToken);
    }
}
