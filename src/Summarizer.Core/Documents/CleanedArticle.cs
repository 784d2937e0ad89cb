namespace Summarizer.Documents;

/// <summary>An article after cleaning: the text every later stage reads, and its source id.</summary>
/// <param name="Id">1..n in the order inputs were read; citations use it.</param>
/// <param name="Origin">Path, URL or "-".</param>
/// <param name="Title">The headline: declared, detected from the first line, or null.</param>
/// <param name="Metadata">Outlet, URL, date, author, language when known.</param>
/// <param name="Text">Cleaned body: paragraphs separated by one blank line, no title.</param>
/// <param name="RawWords">Words in the input before cleaning.</param>
/// <param name="Report">What cleaning removed and why.</param>
public sealed record CleanedArticle(
    int Id,
    string Origin,
    string? Title,
    ArticleMetadata Metadata,
    string Text,
    int RawWords,
    CleaningReport Report)
{
    public int CleanedWords => WordCount.Of(Text);

    /// <summary>The article's web address: the page's declared URL, else its origin when that is one; null for a file.</summary>
    public string? WebUrl => Metadata.Url ?? (UrlNormalizer.IsWebAddress(Origin) ? Origin : null);

    /// <summary>The path (or "-") it was read from; null when it came from the web.</summary>
    public string? FilePath => UrlNormalizer.IsWebAddress(Origin) ? null : Origin;
}
