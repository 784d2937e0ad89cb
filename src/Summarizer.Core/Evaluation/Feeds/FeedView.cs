namespace Summarizer.Evaluation.Feeds;

/// <summary>
/// The fields of a parsed feed that the corpus checks: the only things a parser under test has to
/// produce, so our parser and a library can be scored the same way.
/// </summary>
/// <param name="Title">The channel's title.</param>
/// <param name="Entries">Every item of the feed, in document order.</param>
internal sealed record FeedView(string? Title, IReadOnlyList<EntryView> Entries);

/// <summary>One item as the corpus sees it.</summary>
/// <param name="Title">Item title (markup allowed: compared as text).</param>
/// <param name="Link">The item's address as given or resolved.</param>
/// <param name="Id">guid / id, else the link.</param>
/// <param name="Published">Published (else updated) instant.</param>
/// <param name="Summary">description / summary.</param>
/// <param name="Content">The full body (content:encoded, Atom content, xhtml:body).</param>
/// <param name="Author">The author's name.</param>
internal sealed record EntryView(
    string? Title, string? Link, string? Id, DateTimeOffset? Published, string? Summary, string? Content, string? Author);

/// <summary>A parser's answer for one corpus file: a view, or the one-line reason it refused the document.</summary>
internal sealed record FeedOutcome(FeedView? View, string? Rejection)
{
    public static FeedOutcome Parsed(FeedView view) => new(view, null);

    public static FeedOutcome Rejected(string reason) => new(null, reason);
}

/// <summary>What a parser under test is given: the file's bytes, the HTTP charset and address the test declares.</summary>
internal sealed record FeedInput(byte[] Bytes, string? HttpCharset, Uri Address);
