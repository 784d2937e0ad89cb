using System.Text;
using Summarizer.Ingestion.Feeds;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

/// <summary>What a hostile feed must not do: expand entities, reach files, nest or grow without bound.</summary>
public sealed class FeedSafetyTests
{
    [Fact]
    public void Deep_nesting_is_refused_with_one_line()
    {
        // About 1 MB: far past the cap, so the reader stops long before the end.
        var xml = "<rss><channel><item><description>" + string.Concat(Enumerable.Repeat("<d>", 330_000)) + "x";

        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml, null));

        Assert.Equal($"not a feed: elements nest deeper than {FeedXmlLoader.MaxDepth} levels, which is refused", ex.Message);
    }

    [Fact]
    public void Nesting_up_to_the_cap_is_read()
    {
        var depth = FeedXmlLoader.MaxDepth - 4;
        var xml = "<rss><channel><item><description>" + string.Concat(Enumerable.Repeat("<d>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</d>", depth)) + "</description></item></channel></rss>";

        var item = Assert.Single(FeedParser.Parse(xml, null).Items);

        Assert.Equal("deep", item.Summary);
    }

    [Fact]
    public void A_document_over_the_size_cap_is_refused_before_it_is_decoded()
    {
        var bytes = new byte[FeedParser.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)' ');

        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(new MemoryStream(bytes), null));

        Assert.Equal("not a feed: the document is larger than the cap of 20 MiB", ex.Message);
    }

    [Fact]
    public void An_entity_bomb_is_refused()
    {
        const string xml = """
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss><channel><title>&c;</title></channel></rss>
            """;

        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml, null));

        Assert.Equal("not a feed: the document declares external, parameter or nested entities, which are refused for safety", ex.Message);
    }

    [Fact]
    public void Plain_entities_referenced_past_the_cap_are_refused()
    {
        var value = new string('a', 1000);
        var xml = $"<!DOCTYPE rss [<!ENTITY a \"{value}\">]><rss><channel><title>" + string.Concat(Enumerable.Repeat("&a;", 1001)) + "</title></channel></rss>";

        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml, null));

        Assert.Equal("not a feed: its entities expand past the size cap, which is refused for safety", ex.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><rss><channel><title>&x;</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x PUBLIC \"-//x//EN\" \"http://127.0.0.1:9/x\">]><rss><channel><title>&x;</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]><rss><channel><title>t</title></channel></rss>")]
    public void External_and_parameter_entities_are_refused(string xml)
    {
        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml, null));

        Assert.Contains("refused for safety", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_text_internal_entity_is_expanded()
    {
        const string xml = "<!DOCTYPE rss [<!ENTITY site \"tag:lakeside.example,\">]><rss><channel><item><guid isPermaLink=\"false\">&site;2026:/a/1</guid></item></channel></rss>";

        Assert.Equal("tag:lakeside.example,2026:/a/1", Assert.Single(FeedParser.Parse(xml, null).Items).Id);
    }

    [Fact]
    public void Random_bytes_are_rejected_or_read_never_crash()
    {
        var random = new Random(20261130);
        var seed = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss><channel><title>T &amp; x</title><item><title>I</title><link>/a</link><pubDate>Mon, 05 Jan 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>x</p>]]></description></item></channel></rss>");
        var outcomes = 0;
        for (var n = 0; n < 2000; n++)
        {
            var bytes = (byte[])seed.Clone();
            for (var k = 0; k < 1 + (n % 8); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            try
            {
                FeedParser.Parse(new MemoryStream(bytes), new Uri("https://lakeside.example/"));
            }
            catch (FeedFormatException ex)
            {
                Assert.DoesNotContain('\n', ex.Message);
            }

            outcomes++;
        }

        Assert.Equal(2000, outcomes);
    }
}
