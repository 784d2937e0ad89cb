namespace Summarizer.Ingestion.Feeds;

/// <summary>Which syndication format a feed was written in.</summary>
internal enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>One usable entry of a feed.</summary>
/// <param name="Title">The item's title, or null.</param>
/// <param name="Link">The article's absolute http(s) address (resolved against the feed's), or null when the item only carries content.</param>
/// <param name="PublishedAt">RSS pubDate / dc:date, Atom published (else updated); null when the item has none.</param>
/// <param name="Author">RSS author / dc:creator, Atom author name; null when absent.</param>
/// <param name="Content">The fullest body the feed carries (content:encoded or Atom content before description or summary); may be HTML.</param>
internal sealed record FeedItem(string? Title, Uri? Link, DateTimeOffset? PublishedAt, string? Author, string? Content)
{
    /// <summary>The item's identity: its guid / Atom id, else its link.</summary>
    public string? Id { get; init; }

    /// <summary>The description / Atom summary, when the item has one; may be HTML.</summary>
    public string? Summary { get; init; }
}

/// <summary>An item the parser left out, and why.</summary>
/// <param name="Position">1-based position of the item in the feed.</param>
/// <param name="Title">Its title when it had one, to help the reader find it.</param>
/// <param name="Reason">One line saying what was wrong.</param>
internal sealed record SkippedFeedItem(int Position, string? Title, string Reason);

/// <summary>A parsed feed: its usable items in document order, and the items that were skipped.</summary>
internal sealed record ParsedFeed(FeedFormat Format, string? Title, IReadOnlyList<FeedItem> Items, IReadOnlyList<SkippedFeedItem> Skipped);

/// <summary>The document is not a feed this parser reads (not XML, or neither RSS 2.0 nor Atom 1.0).</summary>
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
