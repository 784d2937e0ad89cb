using System.Xml.Linq;
using static Summarizer.Ingestion.Feeds.FeedElements;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// RSS 0.9x, 1.0 (RDF) and 2.0, with the modules feeds use for what RSS lacks: Dublin Core (dc / dcterms
/// title, creator, date, issued), content:encoded, xhtml:body, iTunes and Media RSS titles, authors and summaries.
/// </summary>
internal static class RssReader
{
    public static ParsedFeed Read(XElement root, Uri? feedUrl, List<string> notes)
    {
        // Items sit in the channel (RSS 2.0), beside it (RSS 1.0), or, in a feed without a channel, in the root.
        var channel = Rss(root, "channel");
        var itemParents = channel is null ? [root] : new[] { channel, root };
        var items = new List<FeedItem>();
        foreach (var item in itemParents.SelectMany(p => RssAll(p, "item")))
        {
            items.Add(ReadItem(item, feedUrl, notes, items.Count + 1));
        }

        var head = channel ?? root;
        var title = FeedText.ToLine(FeedText.Of(Rss(head, "title")) ?? FeedText.Of(In(head, FeedNamespaces.IsDublinCore, "title")));
        return new ParsedFeed(FeedFormat.Rss, title, items) { Notes = notes };
    }

    private static FeedItem ReadItem(XElement item, Uri? feedUrl, List<string> notes, int position)
    {
        var baseUrl = BaseOf(item, feedUrl);
        var title = FeedText.ToLine(
            FeedText.Of(Rss(item, "title"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsDublinCore, "title"))
            ?? FeedText.Of(In(item, FeedNamespaces.Media, "title") ?? In(In(item, FeedNamespaces.Media, "group"), FeedNamespaces.Media, "title"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsItunes, "title")));

        // A guid is the article's address only when it is one (an absolute web address not marked isPermaLink="false");
        // "12345" is an identifier, never made into http://host/12345.
        var guidElement = Rss(item, "guid");
        var guid = FeedText.Of(guidElement);
        var guidIsLink = guid is not null && IsAbsoluteWebAddress(guid)
            && !string.Equals(((string?)guidElement!.Attribute("isPermaLink"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var linkText = FeedText.Of(Rss(item, "link"))
            ?? (string?)In(item, FeedNamespaces.Atom, "link")?.Attribute("href")
            ?? (guidIsLink ? guid : null);
        var link = WebAddress(linkText, baseUrl);
        var about = (string?)item.Attribute(XName.Get("about", FeedNamespaces.Rdf));

        var dateElement = Rss(item, "pubDate")
            ?? In(item, FeedNamespaces.IsDublinCore, "date")
            ?? In(item, FeedNamespaces.IsDublinCore, "issued")
            ?? In(item, FeedNamespaces.IsDublinCore, "created")
            ?? In(item, FeedNamespaces.IsDublinCore, "modified")
            ?? In(item, FeedNamespaces.Atom, "published")
            ?? In(item, FeedNamespaces.Atom, "updated");
        var published = ReadDate(FeedText.Of(dateElement), title, position, notes);

        var author = PersonName(
            FeedText.Of(In(item, FeedNamespaces.IsDublinCore, "creator"))
            ?? FeedText.Of(Rss(item, "author"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsItunes, "author"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsDublinCore, "author"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsDublinCore, "contributor")));

        // An RSS <summary> beside a <description> is the longer text, as feedparser reads it; alone, it is the description.
        var rssSummary = FeedText.Of(Rss(item, "summary"));
        var description = FeedText.Of(Rss(item, "description"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsDublinCore, "description"))
            ?? FeedText.Of(In(item, FeedNamespaces.IsItunes, "summary"))
            ?? FeedText.Of(In(item, FeedNamespaces.Media, "description"));
        var body = FeedText.Of(In(item, FeedNamespaces.Content, "encoded"))
            ?? FeedText.Of(In(item, FeedNamespaces.Xhtml, "body"))
            ?? FeedText.Of(In(item, FeedNamespaces.Xhtml, "div"))
            ?? FeedText.Of(Rss(item, "body"))
            ?? FeedText.Of(Rss(item, "fullitem"))
            ?? (description is null ? null : rssSummary);
        description ??= rssSummary;

        return new FeedItem(title, link, published, author, body ?? description)
        {
            Id = guid ?? about?.Trim() ?? link?.AbsoluteUri,
            Summary = description is null ? null : FeedText.ToPlainText(description),
        };
    }

    /// <summary>A date, or null with a note when there is one but it cannot be read: the item is kept undated.</summary>
    public static DateTimeOffset? ReadDate(string? text, string? title, int position, List<string> notes)
    {
        if (text is null)
        {
            return null;
        }

        if (FeedDates.TryParse(text, out var date))
        {
            return date;
        }

        notes.Add($"item {position} (\"{title}\"): unreadable date \"{(text.Length <= 60 ? text : text[..60] + "...")}\"; kept undated");
        return null;
    }
}
