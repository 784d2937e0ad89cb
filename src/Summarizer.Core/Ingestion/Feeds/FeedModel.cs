namespace Summarizer.Ingestion.Feeds;

/// <summary>Which syndication format a feed was written in.</summary>
internal enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>One usable entry of a feed.</summary>
/// <param name="Title">The item's title as text, or null.</param>
/// <param name="Link">The article's absolute http(s) address (resolved against the feed's), or null when the item only carries content.</param>
/// <param name="PublishedAt">RSS pubDate / dc:date / dcterms:issued, Atom published (else updated); null when the item has none or it cannot be read.</param>
/// <param name="Author">The author's name (dc:creator, author, itunes:author; Atom author name); null when absent.</param>
/// <param name="Content">The fullest body the feed carries (content:encoded or Atom content before description or summary); may be HTML.</param>
internal sealed record FeedItem(string? Title, Uri? Link, DateTimeOffset? PublishedAt, string? Author, string? Content)
{
    /// <summary>The item's identity: its guid / Atom id, else its link.</summary>
    public string? Id { get; init; }

    /// <summary>The description / Atom summary as plain text, one line per paragraph, when the item has one.</summary>
    public string? Summary { get; init; }
}

/// <summary>A parsed feed: every item in document order (dated or not, with or without a link).</summary>
/// <param name="Title">The channel's title, as text.</param>
internal sealed record ParsedFeed(FeedFormat Format, string? Title, IReadOnlyList<FeedItem> Items)
{
    /// <summary>What the parser recovered from (a truncated document, an unreadable date), one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The document is not a feed this parser reads (not XML, not RSS or Atom, or refused for safety).</summary>
internal sealed class FeedFormatException : Exception
{
    public FeedFormatException()
    {
    }

    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
