using System.Net;

namespace Summarizer.Ingestion.Http;

/// <summary>
/// The fetcher would not connect: the host is, or resolves to, an address that points inward (this machine,
/// a private network, link-local, multicast...) and <see cref="FetchOptions.AllowPrivateNetworks"/> is off.
/// Never retried. The message names the host, the address and why.
/// </summary>
public sealed class FetchRefusedException : FetchException
{
    /// <summary>What to set to fetch from an intranet anyway: named in every refusal.</summary>
    internal const string Remedy = "set allowPrivateNetworks (--allow-private-networks) to allow it";

    public FetchRefusedException()
    {
    }

    public FetchRefusedException(string message)
        : base(message)
    {
    }

    public FetchRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal FetchRefusedException(string host, IPAddress address, string kind)
        : this(null, Describe(host, address, kind), host, address)
    {
    }

    private FetchRefusedException(Uri? url, string message, string? host, IPAddress? address)
        : base(url, message)
    {
        Host = host;
        Address = address;
    }

    /// <summary>The host as written in the URL (a name or an IP literal).</summary>
    public string? Host { get; }

    /// <summary>The refused address the host is or resolved to.</summary>
    public IPAddress? Address { get; }

    /// <summary>The same refusal for <paramref name="url"/>, reached by a redirect from <paramref name="requested"/> when they differ.</summary>
    internal FetchRefusedException At(Uri url, Uri requested)
    {
        var where = url.AbsoluteUri == requested.AbsoluteUri ? string.Empty : $" (redirect from {requested})";
        return new FetchRefusedException(url, Message + where, Host, Address);
    }

    private static string Describe(string host, IPAddress address, string kind)
    {
        var literal = IPAddress.TryParse(host.Trim('[', ']'), out var parsed) && parsed.Equals(address);
        var what = literal ? $"{address} is {kind}" : $"{host} resolves to {address}, {kind}";
        return $"refused: {what}; {Remedy}";
    }
}
