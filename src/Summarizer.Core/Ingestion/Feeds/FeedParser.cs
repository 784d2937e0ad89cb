using System.Xml;
using System.Xml.Linq;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Reads RSS 0.9x, 1.0 (RDF) and 2.0 and Atom 1.0 (and 0.3) as they are found in the wild: bytes decoded by
/// byte order mark, then HTTP charset, then XML declaration (<see cref="FeedDecoder"/>); common slips mended
/// before strict parsing (<see cref="FeedMarkupRepair"/>); a document cut short keeps the items read before
/// the break. Safety is strict: DTDs are never processed and nothing external is resolved (only plain-text
/// internal entities are expanded, within a cap), and nesting depth and size are capped.
/// </summary>
internal static class FeedParser
{
    /// <summary>Bytes read from a stream at most; a larger document is refused.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Parses a feed from raw bytes.</summary>
    /// <param name="feed">The document.</param>
    /// <param name="feedUrl">Where the feed came from, for resolving relative links; null for a local file without one.</param>
    /// <param name="httpCharset">The Content-Type charset the server sent, if any: it outranks the XML declaration.</param>
    /// <exception cref="FeedFormatException">Not a feed, or refused for safety; the message is one line.</exception>
    public static ParsedFeed Parse(Stream feed, Uri? feedUrl, string? httpCharset = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = feed.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new FeedFormatException($"not a feed: the document is larger than the cap of {MaxBytes / (1024 * 1024)} MiB");
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(FeedDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), httpCharset), feedUrl);
    }

    /// <summary>Parses a feed already decoded to text.</summary>
    /// <exception cref="FeedFormatException">Not a feed, or refused for safety; the message is one line.</exception>
    public static ParsedFeed Parse(string feed, Uri? feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feed);
        FeedXml xml;
        try
        {
            xml = FeedXmlLoader.Load(FeedMarkupRepair.Repair(feed));
        }
        catch (XmlException ex)
        {
            throw Describe(ex, feed[..Math.Min(feed.Length, 512)]);
        }

        var notes = new List<string>();
        if (xml.Break is { } where)
        {
            notes.Add($"the XML breaks {where}; read what came before");
        }

        return Read(xml.Root, feedUrl, notes);
    }

    private static ParsedFeed Read(XElement root, Uri? feedUrl, List<string> notes)
    {
        var name = root.Name.LocalName;
        if (name == "feed" && (FeedNamespaces.IsAtom(root.Name.Namespace) || root.Name.Namespace == XNamespace.None))
        {
            return AtomReader.Read(root, feedUrl, notes);
        }

        if (name.Equals("rss", StringComparison.OrdinalIgnoreCase) || name == "RDF" || (name == "channel" && FeedNamespaces.IsRss(root.Name.Namespace)))
        {
            return RssReader.Read(root, feedUrl, notes);
        }

        if (name.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedFormatException("not a feed: got an HTML page, expected RSS or Atom XML");
        }

        throw new FeedFormatException($"not a feed: the root element is <{name}>, expected RSS <rss> or <rdf:RDF>, or Atom <feed>");
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

        return new FeedFormatException($"not a feed: the XML is malformed {FeedXmlLoader.Where(ex)}", ex);
    }
}
