using System.Text;
using Summarizer.Ingestion.Feeds;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://harbourton.example/feeds/rss.xml");

    private static ParsedFeed ParseFixture(string name, Uri? url = null)
    {
        using var stream = File.OpenRead(RepoPaths.Fixture("feeds", name));
        return FeedParser.Parse(stream, url ?? FeedUrl);
    }

    [Fact]
    public void Reads_rss_items_with_resolved_links_dates_authors_and_html_content()
    {
        var feed = ParseFixture("rss.xml");

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Harbourton Daily", feed.Title);
        Assert.Empty(feed.Notes);
        Assert.Equal(5, feed.Items.Count);

        var ferry = feed.Items[0];
        Assert.Equal("Ferry service resumes after storm repairs", ferry.Title);
        Assert.Equal(new Uri("https://harbourton.example/articles/ferry-resumes"), ferry.Link);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 18, 30, 0, TimeSpan.Zero), ferry.PublishedAt);
        Assert.Equal("Mara Lindqvist", ferry.Author);
        Assert.StartsWith("<p>The Harbourton ferry resumed", ferry.Content, StringComparison.Ordinal);

        var lanes = feed.Items[1];
        Assert.Equal("https://harbourton.example/articles/cycle-lanes?utm_source=rss&utm_medium=feed", lanes.Link!.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 15, 0, TimeSpan.FromHours(-5)), lanes.PublishedAt);
        Assert.Equal("Tom Reyes", lanes.Author);

        var library = feed.Items[2];
        Assert.Null(library.Link);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 6, 5, 0, TimeSpan.FromHours(1)), library.PublishedAt);
        Assert.Contains("21:00", library.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_atom_entries_with_alternate_links_updated_fallback_and_feed_author()
    {
        var feed = ParseFixture("atom.xml", new Uri("https://northshore.example/feeds/atom.xml"));

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Northshore Courier", feed.Title);
        Assert.Equal(3, feed.Items.Count);

        var water = feed.Items[0];
        Assert.Equal(new Uri("https://northshore.example/articles/water-plant"), water.Link);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 21, 10, 0, TimeSpan.Zero), water.PublishedAt!.Value.ToUniversalTime());
        Assert.Equal("Priya Okafor", water.Author);
        Assert.Equal("The upgrade finished two months ahead of schedule.", water.Content);

        var lanes = feed.Items[1];
        Assert.Equal("Courier Newsroom", lanes.Author);

        var bus = feed.Items[2];
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 5, 0, 0, TimeSpan.Zero), bus.PublishedAt);
        Assert.Equal("<p>Four routes change on 12 January.</p>", bus.Content);
    }

    [Fact]
    public void Keeps_an_item_with_an_unreadable_date_undated_and_notes_why()
    {
        var feed = ParseFixture("malformed-item.xml");

        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("Roadworks on Mill Street", feed.Items[1].Title);
        Assert.Null(feed.Items[1].PublishedAt);
        Assert.Equal(new Uri("https://harbourton.example/articles/roadworks"), feed.Items[1].Link);
        Assert.Equal("item 2 (\"Roadworks on Mill Street\"): unreadable date \"yesterday afternoon\"; kept undated", Assert.Single(feed.Notes));

        // An item with neither link nor content is still an item; the reader decides it is unusable.
        Assert.Equal("A headline with nothing behind it", feed.Items[2].Title);
    }

    [Fact]
    public void An_html_page_is_named_as_such()
    {
        var ex = Assert.Throws<FeedFormatException>(() => ParseFixture("not-a-feed.html"));

        Assert.Equal("not a feed: got an HTML page, expected RSS or Atom XML", ex.Message);
    }

    [Theory]
    [InlineData("Service temporarily unavailable", "not a feed: the XML is malformed at line 1, position 1 (Data at the root level is invalid.")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- unfinished", "not a feed: the XML is malformed at line 2, position")]
    public void Text_that_is_not_xml_fails_with_one_line_saying_where(string text, string expected)
    {
        var fromText = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(text, FeedUrl));
        var fromBytes = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), FeedUrl));

        // The parser's own wording after the position is the framework's; only its start is pinned.
        Assert.StartsWith(expected, fromText.Message, StringComparison.Ordinal);
        Assert.Equal(fromText.Message, fromBytes.Message);
        Assert.DoesNotContain('\n', fromText.Message);
    }

    [Theory]
    [InlineData("<html><body/></html>", "not a feed: got an HTML page, expected RSS or Atom XML")]
    [InlineData("<opml version=\"2.0\"><body/></opml>", "not a feed: the root element is <opml>, expected RSS <rss> or <rdf:RDF>, or Atom <feed>")]
    public void Xml_that_is_neither_rss_nor_atom_fails_with_a_clear_message(string xml, string expected)
    {
        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml, FeedUrl));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Refuses_a_dtd_so_entities_cannot_expand_or_reach_files()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&xxe;</title><link>https://a.example/x</link></item></channel></rss>
            """;

        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml, FeedUrl));

        Assert.Equal("not a feed: the document declares external, parameter or nested entities, which are refused for safety", ex.Message);
    }

    [Fact]
    public void Honours_the_encoding_declaration_of_a_byte_stream()
    {
        const string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Caf\u00e9 reopens</title><link>https://a.example/cafe</link></item></channel></rss>";
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(xml));

        var feed = FeedParser.Parse(stream, FeedUrl);

        Assert.Equal("Caf\u00e9 reopens", feed.Items[0].Title);
    }

    [Fact]
    public void An_unknown_encoding_declaration_is_passed_over_for_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>");

        var feed = FeedParser.Parse(new MemoryStream(bytes), FeedUrl);

        Assert.Equal("Caf\u00e9", feed.Title);
    }

    [Fact]
    public void Ignores_links_that_are_not_web_addresses()
    {
        const string xml = "<rss version=\"2.0\"><channel><item><title>x</title><link>javascript:alert(1)</link></item><item><title>y</title><link>file:///etc/passwd</link><description>body</description></item></channel></rss>";

        var feed = FeedParser.Parse(xml, FeedUrl);

        Assert.Equal(2, feed.Items.Count);
        Assert.All(feed.Items, i => Assert.Null(i.Link));
    }

    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00")]
    [InlineData("10 Jun 2003 04:00:00 +0100", "2003-06-10T04:00:00+01:00")]
    [InlineData("Tue, 10 Jun 03 04:00 EST", "2003-06-10T04:00:00-05:00")]
    [InlineData("Sun, 1 Feb 2026 23:59:59 PDT", "2026-02-01T23:59:59-07:00")]
    [InlineData("Mon, 05 Jan 2026 09:15:00 -0330", "2026-01-05T09:15:00-03:30")]
    [InlineData("Wed, 07 January 2026 10:00:00 UT", "2026-01-07T10:00:00+00:00")]
    [InlineData("2026-01-05T09:15:00Z", "2026-01-05T09:15:00+00:00")]
    public void Reads_rfc822_dates_as_feeds_write_them(string text, string expected)
    {
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(FeedDates.TryParse(text, out var value));
        Assert.Equal(want, value);
        Assert.Equal(want.Offset, value.Offset);
    }

    [Theory]
    [InlineData("yesterday afternoon")]
    [InlineData("Mon, 32 Jan 2026 10:00:00 GMT")]
    [InlineData("Mon, 05 Jan 2026 10:00:00 XYZ")]
    [InlineData("Mon, 05 Jan 2026 25:00:00 GMT")]
    public void Rejects_dates_it_cannot_read(string text) =>
        Assert.False(FeedDates.TryParse(text, out _));
}
