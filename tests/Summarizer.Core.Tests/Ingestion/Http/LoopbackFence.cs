using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Summarizer.Ingestion.Http;

namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>
/// Stands in for DNS and the TCP connect in fetcher tests. Names resolve only from the table given (never
/// real DNS), and a connection is opened only to 127.0.0.0/8 or ::1: anything else is recorded as blocked and
/// fails, so even a broken guard cannot send traffic beyond this machine. <see cref="CreateFetcherAsync"/>
/// also proves the fetcher really connects through the fence before a test aims it anywhere.
/// </summary>
internal sealed class LoopbackFence(params (string Name, string Address)[] names)
{
    // Let through the guard, answered by the fence itself with a refused connection: no socket is opened.
    private static readonly IPEndPoint Canary = new(IPAddress.Loopback, 9);

    private readonly ILookup<string, IPAddress> _names = names.ToLookup(n => n.Name, n => IPAddress.Parse(n.Address), StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _lookups = new();
    private readonly ConcurrentQueue<IPEndPoint> _connects = new();
    private int _canaryCalls;

    /// <summary>Host names the fetcher asked to resolve, in order.</summary>
    public IReadOnlyList<string> Lookups => [.. _lookups];

    /// <summary>Every endpoint the fetcher tried to connect to, allowed or not (the canary aside).</summary>
    public IReadOnlyList<IPEndPoint> Connects => [.. _connects];

    /// <summary>
    /// Creates a fetcher with <paramref name="options"/> (whose hooks must come from this fence) and checks that its
    /// connections go through the fence, with one fetch of a loopback canary. Were the hooks not wired in, that
    /// fetch would go to 127.0.0.1:9 directly and the test stop here, before it aims the fetcher elsewhere.
    /// </summary>
    public async Task<IWebFetcher> CreateFetcherAsync(FetchOptions options)
    {
        var fetcher = WebFetchers.Create(options);
        await Assert.ThrowsAnyAsync<FetchException>(() => fetcher.FetchAsync(new Uri($"http://{Canary}/"), CancellationToken.None));
        Assert.True(Volatile.Read(ref _canaryCalls) > 0, "the fetcher did not connect through the test fence");
        return fetcher;
    }

    /// <summary>Connection attempts the fence stopped: anything here means the guard let an inward or outside address through.</summary>
    public IReadOnlyList<IPEndPoint> Blocked => [.. _connects.Where(e => !IsLoopback(e.Address))];

    public ConnectHooks Hooks(Func<IPEndPoint, bool>? alsoAllow = null) => new()
    {
        Resolve = ResolveAsync,
        Connect = ConnectAsync,
        AlsoAllow = endpoint => endpoint.Equals(Canary) || alsoAllow?.Invoke(endpoint) == true,
    };

    /// <summary>Lets exactly the server at <paramref name="baseUrl"/> (127.0.0.1 and its port) through the guard.</summary>
    public ConnectHooks HooksAllowing(Uri baseUrl) =>
        Hooks(endpoint => endpoint.Equals(new IPEndPoint(IPAddress.Parse(baseUrl.Host), baseUrl.Port)));

    private Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        _lookups.Enqueue(host);
        return _names.Contains(host)
            ? Task.FromResult(_names[host].ToArray())
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }

    private async ValueTask<Stream> ConnectAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.Equals(Canary))
        {
            Interlocked.Increment(ref _canaryCalls);
            throw new SocketException((int)SocketError.ConnectionRefused);
        }

        _connects.Enqueue(endpoint);
        if (!IsLoopback(endpoint.Address))
        {
            throw new InvalidOperationException($"test fence: no connection to {endpoint}, only to loopback");
        }

        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsLoopback(IPAddress address) =>
        address.Equals(IPAddress.IPv6Loopback) || (address.AddressFamily == AddressFamily.InterNetwork && address.GetAddressBytes()[0] == 127);
}
