using System.Xml;
using System.Xml.Linq;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds. DTDs are refused and no external resource is ever resolved,
/// so a hostile feed cannot expand entities or make the parser fetch files or URLs.
/// </summary>
internal static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>Parses a feed from raw bytes, honouring the XML encoding declaration.</summary>
    /// <param name="feed">The document.</param>
    /// <param name="feedUrl">Where the feed came from, for resolving relative links; null for a local file without one.</param>
    /// <exception cref="FeedFormatException">Not XML, or neither RSS nor Atom; the message is one line.</exception>
    public static ParsedFeed Parse(Stream feed, Uri? feedUrl, string? httpCharset = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        XDocument document;
        var head = new byte[256];
        var headLength = feed.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        try
        {
            // The head is read first to describe a failure; the reader still sees the whole document.
            using var whole = new ConcatenatedStream(head.AsMemory(0, headLength), feed);
            using var reader = XmlReader.Create(whole, SafeSettings());
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw Describe(ex, System.Text.Encoding.UTF8.GetString(head, 0, headLength));
        }

        return Parse(document, feedUrl);
    }

    /// <summary>Parses a feed already decoded to text.</summary>
    /// <exception cref="FeedFormatException">Not XML, or neither RSS nor Atom; the message is one line.</exception>
    public static ParsedFeed Parse(string feed, Uri? feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feed);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(feed), SafeSettings());
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw Describe(ex, feed[..Math.Min(feed.Length, 256)]);
        }

        return Parse(document, feedUrl);
    }

    // Says what the document is when that is obvious (an HTML page where a feed was expected is the common case).
    private static FeedFormatException Describe(XmlException ex, string head)
    {
        var start = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("<?xml", StringComparison.Ordinal) && start.IndexOf("?>", StringComparison.Ordinal) is var end and > 0)
        {
            start = start[(end + 2)..].TrimStart();
        }

        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return new FeedFormatException("not a feed: got an HTML page, expected RSS or Atom XML", ex);
        }

        if (start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return new FeedFormatException("not a feed: the document declares a DTD, which is refused for safety", ex);
        }

        var where = ex.LineNumber > 0 ? $" at line {ex.LineNumber}, position {ex.LinePosition}" : string.Empty;
        return new FeedFormatException($"not a feed: the XML is malformed{where} ({FirstLine(ex.Message)})", ex);
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,

        // A feed is small; a cap keeps a hostile or runaway document from exhausting memory.
        MaxCharactersInDocument = 50_000_000,
    };

    private static ParsedFeed Parse(XDocument document, Uri? feedUrl)
    {
        var root = document.Root ?? throw new FeedFormatException("not a feed: the document has no root element");
        if (root.Name == Atom + "feed")
        {
            return ReadAtom(root, feedUrl);
        }

        if (root.Name.LocalName == "rss" && root.Name.Namespace == XNamespace.None)
        {
            var channel = root.Element("channel") ?? throw new FeedFormatException("not a feed: <rss> has no <channel>");
            return ReadRss(channel, feedUrl);
        }

        throw new FeedFormatException($"not a feed: the root element is <{root.Name.LocalName}>, expected RSS 2.0 <rss> or Atom 1.0 <feed>");
    }

    private static ParsedFeed ReadRss(XElement channel, Uri? feedUrl)
    {
        var items = new List<FeedItem>();
        var skipped = new List<SkippedFeedItem>();
        var position = 0;
        foreach (var item in channel.Elements("item"))
        {
            position++;
            var title = Text(item.Element("title"));
            var dateText = Text(item.Element("pubDate")) ?? Text(item.Element(Dc + "date"));
            DateTimeOffset? published = null;
            if (dateText is not null)
            {
                if (!FeedDates.TryParseRfc822(dateText, out var date))
                {
                    skipped.Add(new SkippedFeedItem(position, title, $"unreadable date \"{Clip(dateText)}\""));
                    continue;
                }

                published = date;
            }

            // A guid is the article address only when it says so (isPermaLink defaults to true).
            var guid = item.Element("guid");
            var guidLink = guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase) ? Text(guid) : null;
            var link = Resolve(Text(item.Element("link")) ?? guidLink, feedUrl);
            var author = Text(item.Element(Dc + "creator")) ?? Text(item.Element("author"));
            var content = Text(item.Element(Content + "encoded")) ?? Text(item.Element("description"));
            Add(items, skipped, position, new FeedItem(title, link, published, author, content) { Id = Text(guid) ?? link?.AbsoluteUri, Summary = Text(item.Element("description")) });
        }

        return new ParsedFeed(FeedFormat.Rss, Text(channel.Element("title")), items, skipped);
    }

    private static ParsedFeed ReadAtom(XElement feed, Uri? feedUrl)
    {
        var items = new List<FeedItem>();
        var skipped = new List<SkippedFeedItem>();
        var baseUrl = Resolve((string?)feed.Attribute(XNamespace.Xml + "base"), feedUrl) ?? feedUrl;
        var feedAuthor = Text(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var position = 0;
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            position++;
            var title = Text(entry.Element(Atom + "title"));
            var dateText = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"));
            DateTimeOffset? published = null;
            if (dateText is not null)
            {
                if (!FeedDates.TryParseIso8601(dateText, out var date))
                {
                    skipped.Add(new SkippedFeedItem(position, title, $"unreadable date \"{Clip(dateText)}\""));
                    continue;
                }

                published = date;
            }

            var entryBase = Resolve((string?)entry.Attribute(XNamespace.Xml + "base"), baseUrl) ?? baseUrl;
            var alternate = entry.Elements(Atom + "link")
                .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
            var link = Resolve((string?)alternate?.Attribute("href"), entryBase);
            var author = Text(entry.Element(Atom + "author")?.Element(Atom + "name")) ?? feedAuthor;
            var content = Text(entry.Element(Atom + "content")) ?? Text(entry.Element(Atom + "summary"));
            Add(items, skipped, position, new FeedItem(title, link, published, author, content) { Id = Text(entry.Element(Atom + "id")) ?? link?.AbsoluteUri, Summary = Text(entry.Element(Atom + "summary")) });
        }

        return new ParsedFeed(FeedFormat.Atom, Text(feed.Element(Atom + "title")), items, skipped);
    }

    private static void Add(List<FeedItem> items, List<SkippedFeedItem> skipped, int position, FeedItem item)
    {
        if (item.Link is null && item.Content is null)
        {
            skipped.Add(new SkippedFeedItem(position, item.Title, "no http(s) link and no content"));
            return;
        }

        items.Add(item);
    }

    // Only web addresses count as links: a javascript:, mailto: or file: link is no article to fetch.
    private static Uri? Resolve(string? link, Uri? baseUrl)
    {
        if (link is null)
        {
            return null;
        }

        Uri? resolved;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && !link.StartsWith('/'))
        {
            resolved = absolute;
        }
        else if (baseUrl is null || !Uri.TryCreate(baseUrl, link, out resolved))
        {
            return null;
        }

        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }

    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        // Atom type="xhtml" content is markup, not text: keep the inner elements serialized.
        var value = (string?)element.Attribute("type") == "xhtml"
            ? string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : element.Value;
        value = value.Trim();
        return value.Length == 0 ? null : value;
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "...";

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
