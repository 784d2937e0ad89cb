namespace Summarizer.Documents;

/// <summary>How the content of an input is encoded, which decides how it is cleaned.</summary>
public enum ContentKind
{
    PlainText,
    Markdown,
    Html,
}

/// <summary>An input as read, before cleaning.</summary>
/// <param name="Origin">Where it came from: a file path, a URL, or "-" for stdin.</param>
/// <param name="Kind">How <paramref name="Content"/> is encoded.</param>
/// <param name="Content">The text or markup as read.</param>
/// <param name="Metadata">What the container declared (JSON fields); more may come from the HTML.</param>
public sealed record RawArticle(string Origin, ContentKind Kind, string Content, ArticleMetadata Metadata);
