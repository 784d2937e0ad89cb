namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>
/// Counts the requests a fetcher hands to its transport, at the moment it hands them over. A fetch runs
/// synchronously up to that point unless it waits for a slot, so right after fetches are started the count
/// is how many got a slot: no waiting needed to see a limit hold.
/// </summary>
internal sealed class SendCounter() : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
{
    private int _started;

    public int Started => Volatile.Read(ref _started);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _started);
        return base.SendAsync(request, cancellationToken);
    }
}
