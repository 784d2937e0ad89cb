namespace Summarizer.Cleaning;

/// <summary>How the cleaning stage treats its input. Every default suits news articles.</summary>
public sealed record CleaningOptions
{
    /// <summary>Default options: every rule on.</summary>
    public static readonly CleaningOptions Default = new();

    /// <summary>
    /// Take the first non-empty line of text input as the title when it looks like a headline
    /// (at most <see cref="MaxTitleWords"/> words, no sentence-final punctuation). Default: true.
    /// </summary>
    public bool DetectTitle { get; init; } = true;

    /// <summary>Longest line, in words, that can be taken as a headline. Default: 20. Range 1..100.</summary>
    public int MaxTitleWords { get; init; } = 20;

    /// <summary>
    /// Remove a paragraph that repeats an earlier one word for word when it has at least this
    /// many characters (short headings may legitimately repeat). Default: 40. Range 1..10000.
    /// </summary>
    public int MinDuplicateParagraphLength { get; init; } = 40;

    /// <summary>Repair UTF-8 text that was decoded as Windows-1252 ("â€™" becomes "’"). Default: true.</summary>
    public bool RepairMojibake { get; init; } = true;

    /// <summary>Re-join hard-wrapped lines into paragraphs and undo end-of-line hyphenation. Default: true.</summary>
    public bool JoinWrappedLines { get; init; } = true;

    /// <summary>
    /// HTML inputs larger than this many characters are cut before parsing, so a hostile page
    /// cannot exhaust memory. Default: 8,000,000. Range 1,000..100,000,000.
    /// </summary>
    public int MaxHtmlLength { get; init; } = 8_000_000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad field.</summary>
    public void Validate()
    {
        if (MaxTitleWords is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTitleWords), MaxTitleWords, "MaxTitleWords must be between 1 and 100.");
        }

        if (MinDuplicateParagraphLength is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinDuplicateParagraphLength), MinDuplicateParagraphLength, "MinDuplicateParagraphLength must be between 1 and 10000.");
        }

        if (MaxHtmlLength is < 1_000 or > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHtmlLength), MaxHtmlLength, "MaxHtmlLength must be between 1000 and 100000000.");
        }
    }
}
