using System.Text;
using Summarizer.Ingestion.Feeds;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

/// <summary>Feeds as they are found in the wild, each case an invented feed of a few lines.</summary>
public sealed class FeedFormatsTests
{
    private static readonly Uri FeedUrl = new("https://lakeside.example/feed.xml");

    [Fact]
    public void Reads_rss_1_0_rdf_with_items_beside_the_channel()
    {
        const string xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://lakeside.example/"><title>Lakeside Notes</title></channel>
              <item rdf:about="https://lakeside.example/a/1">
                <title>Pier reopens</title><link>https://lakeside.example/a/1</link>
                <dc:date>2026-02-03T08:30:00+01:00</dc:date><dc:creator>Ines Varga</dc:creator>
              </item>
            </rdf:RDF>
            """;

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal("Lakeside Notes", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Pier reopens", item.Title);
        Assert.Equal("https://lakeside.example/a/1", item.Id);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 7, 30, 0, TimeSpan.Zero), item.PublishedAt);
        Assert.Equal("Ines Varga", item.Author);
    }

    [Fact]
    public void Reads_rss_2_0_whose_root_declares_a_default_namespace()
    {
        const string xml = """<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>Ridge Post</title><item><title>Snow closes the pass</title><link>https://ridge.example/pass</link></item></channel></rss>""";

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal("Ridge Post", feed.Title);
        Assert.Equal("Snow closes the pass", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Reads_module_fields_where_rss_has_none()
    {
        const string xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
                 xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/">
              <channel><dc:title>Valley Radio</dc:title>
                <item><dc:title>Dam inspection</dc:title><dc:creator>Oren Blake</dc:creator><dcterms:issued>2026-03-01T10:00:00Z</dcterms:issued><description>x</description></item>
                <item><media:title>Ferry timetable</media:title><itunes:author>Lia Moss</itunes:author><description>y</description></item>
              </channel>
            </rss>
            """;

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal("Valley Radio", feed.Title);
        Assert.Equal(("Dam inspection", "Oren Blake"), (feed.Items[0].Title, feed.Items[0].Author));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), feed.Items[0].PublishedAt);
        Assert.Equal(("Ferry timetable", "Lia Moss"), (feed.Items[1].Title, feed.Items[1].Author));
    }

    [Theory]
    [InlineData("<xhtml:body xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><xhtml:p>Council votes today.</xhtml:p></xhtml:body>", "<p>Council votes today.</p>")]
    [InlineData("<body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Council votes today.</p></body>", "<p>Council votes today.</p>")]
    [InlineData("<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[<p>Council votes today.</p>]]></content:encoded>", "<p>Council votes today.</p>")]
    public void An_item_whose_body_is_xhtml_or_content_encoded_has_that_content(string body, string expected)
    {
        var feed = FeedParser.Parse($"<rss version=\"2.0\"><channel><item><title>Vote</title>{body}</item></channel></rss>", FeedUrl);

        Assert.Equal(expected, Assert.Single(feed.Items).Content);
    }

    [Fact]
    public void Decodes_base64_atom_content()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("<p>Tide tables revised</p>"));
        var xml = $"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Tides</title><content type="application/octet-stream">{encoded}</content></entry></feed>""";

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal("<p>Tide tables revised</p>", Assert.Single(feed.Items).Content);
    }

    [Fact]
    public void A_description_becomes_text_with_each_paragraph_on_its_own_line()
    {
        const string xml = "<rss><channel><item><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two &lt;b&gt;bold&lt;/b&gt;.&lt;br/&gt;Three.&lt;/p&gt;</description></item></channel></rss>";

        var item = Assert.Single(FeedParser.Parse(xml, FeedUrl).Items);

        Assert.Equal("One.\nTwo bold.\nThree.", item.Summary);
    }

    [Theory]
    [InlineData("<title>Don&#146;t panic</title>")]
    [InlineData("<title>Don&amp;#146;t panic</title>")]
    [InlineData("<title>Don\u0092t panic</title>")]
    public void Windows_1252_code_points_read_as_browsers_read_them(string title)
    {
        var item = Assert.Single(FeedParser.Parse($"<rss><channel><item>{title}</item></channel></rss>", FeedUrl).Items);

        Assert.Equal("Don\u2019t panic", item.Title);
    }

    [Fact]
    public void A_guid_that_is_not_an_address_is_an_id_not_a_link()
    {
        var item = Assert.Single(FeedParser.Parse("<rss><channel><item><title>x</title><guid>12345</guid></item></channel></rss>", FeedUrl).Items);

        Assert.Equal("12345", item.Id);
        Assert.Null(item.Link);
    }

    [Fact]
    public void A_permalink_guid_is_the_link_when_there_is_no_link()
    {
        var item = Assert.Single(FeedParser.Parse("<rss><channel><item><guid>https://lakeside.example/a/7</guid></item></channel></rss>", FeedUrl).Items);

        Assert.Equal(new Uri("https://lakeside.example/a/7"), item.Link);
    }

    [Theory]
    [InlineData("\n\n  <?xml version=\"1.0\"?><rss><channel><title>Kept</title></channel></rss>")]
    [InlineData("<rss><channel><title>Kept&nbsp;</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Kept</title></channel></rss>")]
    [InlineData("<rss><channel><title>Kept</title><itunes:subtitle>undeclared</itunes:subtitle><foo:bar baz:qux=\"1\"/></channel></rss>")]
    [InlineData("<rss><channel><title>Kept</title><item><title>A &amp; B & C</title></item></channel></rss>")]
    public void Recovers_from_slips_feedparser_recovers_from(string xml)
    {
        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal("Kept", feed.Title);
    }

    [Fact]
    public void A_document_cut_short_keeps_the_items_before_the_break()
    {
        const string xml = "<rss><channel><title>Cut</title><item><title>Whole</title></item><item><title>Half";

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal("Whole", feed.Items[0].Title);
        Assert.StartsWith("the XML breaks at line 1", Assert.Single(feed.Notes), StringComparison.Ordinal);
    }
}
