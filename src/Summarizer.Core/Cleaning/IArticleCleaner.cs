using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>The output of cleaning one input.</summary>
/// <param name="Title">Headline found in the input (declared or detected), or null.</param>
/// <param name="Text">Body text: paragraphs separated by one blank line, no title, no noise.</param>
/// <param name="Metadata">What the input declared, completed with what the markup declared.</param>
/// <param name="Report">Every removal, with the rule that made it.</param>
public sealed record CleanedText(string? Title, string Text, ArticleMetadata Metadata, CleaningReport Report);

/// <summary>
/// Turns a raw input into clean article text. Pure CPU work, so synchronous; it must never throw
/// on any input and must be idempotent on its own output.
/// </summary>
public interface IArticleCleaner
{
    CleanedText Clean(RawArticle article);
}
