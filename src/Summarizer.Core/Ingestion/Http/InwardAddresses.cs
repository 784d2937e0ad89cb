using System.Net;
using System.Net.Sockets;

namespace Summarizer.Ingestion.Http;

/// <summary>
/// Says whether an IP address points inward (this machine, a private network, link-local, multicast...),
/// where a fetcher aimed by untrusted input (a feed item's link, a redirect) must not go by default.
/// </summary>
internal static class InwardAddresses
{
    /// <summary>What kind of inward address <paramref name="address"/> is ("a private-network address"); null for a public one.</summary>
    public static string? Kind(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => OfV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => OfV6(address.GetAddressBytes()),
            _ => "not an IPv4 or IPv6 address",
        };
    }

    private static string? OfV4(byte[] a) => a switch
    {
        [0, 0, 0, 0] => "an unspecified address",
        [0, ..] => "a reserved address (0.0.0.0/8)",
        [127, ..] => "a loopback address",
        [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "a private-network address",
        [100, >= 64 and <= 127, ..] => "a carrier-grade NAT address",
        [169, 254, 169, 254] => "a link-local address (cloud metadata)",
        [169, 254, ..] => "a link-local address",
        [192, 0, 0, _] => "a reserved address (192.0.0.0/24)",
        [198, 18 or 19, ..] => "a reserved address (198.18.0.0/15)",
        [>= 224 and <= 239, ..] => "a multicast address",
        [255, 255, 255, 255] => "a broadcast address",
        [>= 240, ..] => "a reserved address (240.0.0.0/4)",
        _ => null,
    };

    private static string? OfV6(byte[] a)
    {
        // NAT64's well-known prefix (64:ff9b::a.b.c.d) reaches the IPv4 address it carries: judged by it.
        if (a is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return OfV4(a[12..]);
        }

        if (a.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0)
        {
            var tail = a.AsSpan(12);
            return (a[10], a[11]) switch
            {
                (0xff, 0xff) => OfV4(a[12..]), // IPv4-mapped, ::ffff:a.b.c.d
                (0, 0) when tail.IndexOfAnyExcept((byte)0) < 0 => "an unspecified address",
                (0, 0) when tail[..3].IndexOfAnyExcept((byte)0) < 0 && tail[3] == 1 => "a loopback address",
                (0, 0) => OfV4(a[12..]), // the old IPv4-compatible form, ::a.b.c.d
                _ => "a reserved address (::/8)",
            };
        }

        return a switch
        {
            [0x00, ..] => "a reserved address (::/8)",
            [0xff, ..] => "a multicast address",
            [>= 0xfc and <= 0xfd, ..] => "a unique-local address",
            [0xfe, >= 0x80 and <= 0xbf, ..] => "a link-local address",
            [0xfe, >= 0xc0, ..] => "a site-local address",
            _ => null,
        };
    }
}
