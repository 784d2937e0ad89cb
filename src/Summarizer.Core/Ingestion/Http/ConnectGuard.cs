using System.Net;
using System.Net.Sockets;

namespace Summarizer.Ingestion.Http;

/// <summary>
/// The connect step of the fetcher's <see cref="SocketsHttpHandler"/>: resolves the host, vets every address
/// it resolves to, and connects only to a vetted one. Checking here, rather than on the URL, means neither a
/// redirect nor a DNS answer that changes between a check and the connection can reach an inward address.
/// </summary>
internal sealed class ConnectGuard(bool allowPrivateNetworks, ConnectHooks? hooks)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = hooks?.Resolve ?? Dns.GetHostAddressesAsync;
    private readonly Func<IPEndPoint, CancellationToken, ValueTask<Stream>> _connect = hooks?.Connect ?? ConnectSocketAsync;
    private readonly Func<IPEndPoint, bool>? _alsoAllow = hooks?.AlsoAllow;

    /// <summary>For <see cref="SocketsHttpHandler.ConnectCallback"/>; a refusal reaches the caller wrapped in an <see cref="HttpRequestException"/>.</summary>
    public ValueTask<Stream> ConnectCallback(SocketsHttpConnectionContext context, CancellationToken cancellationToken) =>
        ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);

    /// <exception cref="FetchRefusedException">The host is, or resolves to, an inward address.</exception>
    public async ValueTask<Stream> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = Literal(host) is { } literal ? [literal] : await _resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        // Every address first: a name that mixes a public and an inward address is refused, whichever comes first.
        var endpoints = addresses.Select(a => new IPEndPoint(a, port)).ToList();
        foreach (var endpoint in endpoints)
        {
            Vet(host, endpoint);
        }

        SocketException? last = null;
        foreach (var endpoint in endpoints)
        {
            try
            {
                return await _connect(endpoint, cancellationToken);
            }
            catch (SocketException ex)
            {
                last = ex;
            }
        }

        throw last!;
    }

    /// <summary>Refuses a URL whose host is an inward IP literal before any request is made; names are left to the connect step.</summary>
    /// <exception cref="FetchRefusedException">The host is an inward IP literal.</exception>
    public void VetLiteral(Uri url)
    {
        if (Literal(url.Host) is { } address)
        {
            Vet(url.Host, new IPEndPoint(address, url.Port));
        }
    }

    private void Vet(string host, IPEndPoint endpoint)
    {
        if (allowPrivateNetworks || InwardAddresses.Kind(endpoint.Address) is not { } kind || _alsoAllow?.Invoke(endpoint) == true)
        {
            return;
        }

        throw new FetchRefusedException(host, endpoint.Address, kind);
    }

    private static IPAddress? Literal(string host) => IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address : null;

    private static async ValueTask<Stream> ConnectSocketAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
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
}

/// <summary>
/// Seams for tests of the connect step, so they never depend on real DNS and never reach past loopback.
/// Null members keep the real behaviour.
/// </summary>
internal sealed record ConnectHooks
{
    /// <summary>Host name to addresses, in place of DNS. Not called for IP literals.</summary>
    public Func<string, CancellationToken, Task<IPAddress[]>>? Resolve { get; init; }

    /// <summary>Opens the connection to a vetted endpoint, in place of a TCP socket.</summary>
    public Func<IPEndPoint, CancellationToken, ValueTask<Stream>>? Connect { get; init; }

    /// <summary>Inward endpoints let through all the same (a test server), without allowing private networks wholesale.</summary>
    public Func<IPEndPoint, bool>? AlsoAllow { get; init; }
}
