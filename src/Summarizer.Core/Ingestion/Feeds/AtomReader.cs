using System.Xml.Linq;
using static Summarizer.Ingestion.Feeds.FeedElements;

namespace Summarizer.Ingestion.Feeds;

/// <summary>Atom 1.0 (and the Atom 0.3 that older feeds still serve: issued/modified, mode="base64"/"escaped").</summary>
internal static class AtomReader
{
    public static ParsedFeed Read(XElement feed, Uri? feedUrl, List<string> notes)
    {
        // Elements are in the root's namespace: Atom 1.0, 0.3, or none for a feed that forgot to declare it.
        var ns = feed.Name.Namespace;
        XElement? Child(XElement? parent, string name) => parent?.Element(ns + name);

        var feedAuthor = FeedText.ToLine(FeedText.Of(Child(Child(feed, "author"), "name")));
        var items = new List<FeedItem>();
        foreach (var entry in feed.Elements(ns + "entry"))
        {
            var position = items.Count + 1;
            var baseUrl = BaseOf(entry, feedUrl);
            var title = FeedText.ToLine(FeedText.Of(Child(entry, "title")));
            var dateText = FeedText.Of(Child(entry, "published") ?? Child(entry, "issued") ?? Child(entry, "updated") ?? Child(entry, "modified") ?? Child(entry, "created"));
            var published = RssReader.ReadDate(dateText, title, position, notes);

            var alternate = entry.Elements(ns + "link")
                .FirstOrDefault(l => ((string?)l.Attribute("rel"))?.Trim() is null or "" or "alternate");
            var link = WebAddress((string?)alternate?.Attribute("href"), alternate is null ? baseUrl : BaseOf(alternate, feedUrl));

            var idElement = Child(entry, "id");
            var id = FeedText.Of(idElement);
            if (id is not null && id.StartsWith('/') && WebAddress(id, BaseOf(idElement!, feedUrl)) is { } resolvedId)
            {
                // A path-only id is relative to the document, as feedparser reads it.
                id = resolvedId.AbsoluteUri;
            }

            var author = FeedText.ToLine(FeedText.Of(Child(Child(entry, "author"), "name")))
                ?? FeedText.ToLine(FeedText.Of(Child(Child(Child(entry, "source"), "author"), "name")))
                ?? feedAuthor;

            // Out-of-line content (src="...") has no body here.
            var contentElement = Child(entry, "content");
            var content = contentElement?.Attribute("src") is null ? FeedText.Of(contentElement) : null;
            var summary = FeedText.Of(Child(entry, "summary"));
            items.Add(new FeedItem(title, link, published, author, content ?? summary)
            {
                Id = id ?? link?.AbsoluteUri,
                Summary = summary is null ? null : FeedText.ToPlainText(summary),
            });
        }

        var feedTitle = FeedText.ToLine(FeedText.Of(Child(feed, "title")));
        return new ParsedFeed(FeedFormat.Atom, feedTitle, items) { Notes = notes };
    }
}
