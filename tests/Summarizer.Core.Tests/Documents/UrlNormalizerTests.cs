using FsCheck;
using FsCheck.Fluent;
using Summarizer.Documents;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Documents;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.ORG:443/world/story?b=2&a=1#comments", "https://news.example.org/world/story?a=1&b=2")]
    [InlineData("http://news.example:80/a?utm_source=rss&utm_medium=feed&id=7", "http://news.example/a?id=7")]
    [InlineData("https://news.example/a?fbclid=IwAR0&gclid=x&mc_cid=1&mc_eid=2&ref=hn&ref_src=twsrc", "https://news.example/a")]
    [InlineData("https://news.example:8443/a?UTM_Campaign=x&page=2", "https://news.example:8443/a?page=2")]
    [InlineData("https://news.example", "https://news.example/")]
    [InlineData("https://news.example/Path/Case?Q=Upper", "https://news.example/Path/Case?Q=Upper")]
    [InlineData("https://news.example/a?tag=b&tag=a", "https://news.example/a?tag=a&tag=b")]
    [InlineData("https://news.example/a?referrer=kept", "https://news.example/a?referrer=kept")]
    public void Canonical_form_drops_tracking_and_noise(string url, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Canonical(new Uri(url)));

    [Fact]
    public void Canonical_form_is_stable_under_reapplication_and_added_tracking()
    {
        var names = Gen.Elements("id", "page", "q", "section", "x");
        var values = Gen.Elements("1", "2", "abc", "z9");
        var tracking = Gen.Elements("utm_source=rss", "fbclid=abc", "gclid=1", "ref=home", "mc_cid=7");
        var gen = Gen.Zip(Gen.ListOf(Gen.Zip(names, values)), Gen.ListOf(tracking));

        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (parameters, junk) = pair;
            var query = string.Join('&', parameters.Select(p => $"{p.Item1}={p.Item2}"));
            var clean = new Uri($"https://news.example/story?{query}");
            var noisy = new Uri($"https://NEWS.example:443/story?{string.Join('&', junk.Concat([query]).Where(s => s.Length > 0))}#frag");
            var canonical = UrlNormalizer.Canonical(clean);
            return canonical == UrlNormalizer.Canonical(noisy) && canonical == UrlNormalizer.Canonical(new Uri(canonical));
        }).Check(PropertyConfig.Default);
    }
}
