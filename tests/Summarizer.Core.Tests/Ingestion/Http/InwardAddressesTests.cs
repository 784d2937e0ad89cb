using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Summarizer.Ingestion.Http;

namespace Summarizer.Core.Tests.Ingestion.Http;

public sealed class InwardAddressesTests
{
    // The refused ranges as CIDR blocks, checked below by prefix arithmetic: an oracle independent of the
    // classifier's own byte patterns.
    private static readonly string[] V4Blocks =
    [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
    ];

    private static readonly string[] V6Blocks = ["::/8", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"];

    // Prefixes whose last 32 bits are an IPv4 address the connection really goes to: judged by that address.
    private static readonly string[] CarriesV4 = ["::ffff:0:0/96", "::/96", "64:ff9b::/96"];

    private static Config Fixed(int tests) =>
        Config.QuickThrowOnFailure.WithMaxTest(tests).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261201UL), FSharpOption<int>.None)));

    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("10.1.2.3", "a private-network address")]
    [InlineData("172.16.0.1", "a private-network address")]
    [InlineData("172.31.255.255", "a private-network address")]
    [InlineData("192.168.1.1", "a private-network address")]
    [InlineData("100.64.0.1", "a carrier-grade NAT address")]
    [InlineData("100.127.255.254", "a carrier-grade NAT address")]
    [InlineData("169.254.169.254", "a link-local address (cloud metadata)")]
    [InlineData("169.254.1.1", "a link-local address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fe80::1%2", "a link-local address")]
    [InlineData("fd00::", "a unique-local address")]
    [InlineData("fc00::5", "a unique-local address")]
    [InlineData("224.0.0.251", "a multicast address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("255.255.255.255", "a broadcast address")]
    [InlineData("::ffff:10.0.0.1", "a private-network address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (cloud metadata)")]
    [InlineData("::10.0.0.1", "a private-network address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local address (cloud metadata)")]
    public void Inward_addresses_are_named_by_kind(string address, string kind) =>
        Assert.Equal(kind, InwardAddresses.Kind(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("203.0.113.7")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("64:ff9b::5db8:d822")]
    public void Public_addresses_are_not_inward(string address) =>
        Assert.Null(InwardAddresses.Kind(IPAddress.Parse(address)));

    [Fact]
    public void Any_address_in_a_refused_block_is_refused_also_in_its_ipv6_forms()
    {
        var inV4Block = from block in Gen.Elements(V4Blocks) from bytes in Bytes(4) select Within(block, bytes);
        var inV6Block = from block in Gen.Elements(V6Blocks.Where(b => b != "::/8").ToArray()) from bytes in Bytes(16) select Within(block, bytes);
        Prop.ForAll(inV4Block.ToArbitrary(), inV6Block.ToArbitrary(), (v4, v6) =>
        {
            Refused(v4);
            Refused(v4.MapToIPv6());
            Refused(Embed("::", v4));
            Refused(Embed("64:ff9b::", v4));
            Refused(v6);
        }).Check(Fixed(1000));
    }

    [Fact]
    public void An_address_is_refused_exactly_when_a_block_holds_it()
    {
        var v4 = Bytes(4).Select(b => new IPAddress(b));

        // Half the IPv6 addresses carry an IPv4 address, in each of the forms that are judged by it.
        var v6 = Gen.OneOf(
            Bytes(16).Select(b => new IPAddress(b)),
            from prefix in Gen.Elements("::ffff:", "::", "64:ff9b::") from b in Bytes(4) select Embed(prefix, new IPAddress(b)));
        Prop.ForAll(v4.ToArbitrary(), v6.ToArbitrary(), (a, b) =>
        {
            Assert.True(Expected(a) == (InwardAddresses.Kind(a) is not null), $"{a}: expected {(Expected(a) ? "refused" : "allowed")}");
            Assert.True(Expected(b) == (InwardAddresses.Kind(b) is not null), $"{b}: expected {(Expected(b) ? "refused" : "allowed")}");
        }).Check(Fixed(2000));
    }

    private static void Refused(IPAddress address) =>
        Assert.True(InwardAddresses.Kind(address) is not null, $"{address} should be refused");

    private static bool Expected(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (bytes.Length == 4)
        {
            return V4Blocks.Any(b => InBlock(bytes, b));
        }

        if (CarriesV4.FirstOrDefault(b => InBlock(bytes, b)) is not null && !(bytes[..15].All(x => x == 0) && bytes[15] <= 1))
        {
            return Expected(new IPAddress(bytes[12..]));
        }

        return V6Blocks.Any(b => InBlock(bytes, b));
    }

    private static Gen<byte[]> Bytes(int count) => Gen.Choose(0, 255).ArrayOf(count).Select(a => a.Select(x => (byte)x).ToArray());

    // An address of the block with the generated bytes as its host part.
    private static IPAddress Within(string block, byte[] host)
    {
        var (network, bits) = Parse(block);
        var bytes = network.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(bits - (i * 8), 0, 8);
            var mask = (byte)(0xff << (8 - keep));
            bytes[i] = (byte)((bytes[i] & mask) | (host[i] & ~mask));
        }

        return new IPAddress(bytes);
    }

    private static bool InBlock(byte[] address, string block)
    {
        var (network, bits) = Parse(block);
        var net = network.GetAddressBytes();
        return net.Length == address.Length && Enumerable.Range(0, bits).All(i => ((address[i / 8] ^ net[i / 8]) & (0x80 >> (i % 8))) == 0);
    }

    private static IPAddress Embed(string prefix, IPAddress v4) => IPAddress.Parse(prefix + v4);

    private static (IPAddress Network, int Bits) Parse(string block)
    {
        var slash = block.IndexOf('/', StringComparison.Ordinal);
        return (IPAddress.Parse(block[..slash]), int.Parse(block[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
