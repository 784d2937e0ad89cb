namespace Summarizer.Chunking;

/// <summary>
/// The one sentence splitter of the pipeline, rule-based, for news English. A line break always ends a
/// sentence (cleaned text keeps headings, list items and table rows on lines of their own). Inside a line a
/// sentence ends at . ! ? or an ellipsis (plus closing quotes and brackets) followed by a sentence start,
/// except: after abbreviations, by class (<see cref="AbbreviationRules"/>); inside a quote whose speaker
/// stands beside it, and between a quote and its attribution ("We will fight!" Zelensky said.), since a quote
/// and its speaker are one claim (<see cref="QuoteAttribution"/>); after a list marker ("1.", "a)"), while the
/// next marker starts the next item. Linear in the text and deterministic.
/// </summary>
internal sealed class SentenceSplitter : ISentenceSplitter
{
    public static readonly SentenceSplitter Instance = new();

    public IReadOnlyList<TextSegment> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SentenceScan(text).Run();
    }
}
