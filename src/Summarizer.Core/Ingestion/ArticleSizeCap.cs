using Summarizer.Chunking;

namespace Summarizer.Ingestion;

/// <summary>
/// Where an article that is too long is cut: the last paragraph break (blank line) before the cap, else the
/// last line break, else the last sentence end, else the cap itself. A break is taken only in the second half
/// of the allowed length, so one early blank line (after a title) does not throw away almost everything.
/// </summary>
internal static class ArticleSizeCap
{
    /// <summary>What a cut ended at, for the warning.</summary>
    public enum Boundary
    {
        None,
        Paragraph,
        Line,
        Sentence,
        Character,
    }

    /// <summary>The text itself when it is within <paramref name="maxChars"/>; else its cut, at most that long.</summary>
    public static (string Text, Boundary At) Cut(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxChars)
        {
            return (text, Boundary.None);
        }

        var window = text.AsSpan(0, maxChars);
        var floor = maxChars / 2;
        if (LastBlankLine(window) is var paragraph and >= 0 && paragraph >= floor)
        {
            return (text[..paragraph].TrimEnd(), Boundary.Paragraph);
        }

        if (window.LastIndexOf('\n') is var line and >= 0 && line >= floor)
        {
            return (text[..line].TrimEnd(), Boundary.Line);
        }

        if (LastSentenceEnd(text, floor, maxChars) is var sentence and >= 0)
        {
            return (text[..sentence], Boundary.Sentence);
        }

        // Never split a surrogate pair: the cut text must still be valid UTF-16.
        var end = char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
        return (text[..end], Boundary.Character);
    }

    public static string Describe(Boundary at) => at switch
    {
        Boundary.Paragraph => "a paragraph break",
        Boundary.Line => "a line break",
        Boundary.Sentence => "a sentence end",
        _ => "the limit (no break found near it)",
    };

    // Start of the last line break that is followed by a line holding only whitespace.
    private static int LastBlankLine(ReadOnlySpan<char> window)
    {
        for (var end = window.LastIndexOf('\n'); end > 0; end = window[..end].LastIndexOf('\n'))
        {
            var start = window[..end].LastIndexOf('\n');
            if (start >= 0 && window[(start + 1)..end].IsWhiteSpace())
            {
                return start;
            }
        }

        return -1;
    }

    // The end of the last sentence between floor and the cap, as the pipeline's one splitter finds sentences
    // ("Inc." or "Dr." is not an end). It also sees a little past the cap, so the last mark before the cap is
    // judged by the word after it; the examined text's last sentence runs on past it and is never taken.
    private static int LastSentenceEnd(string text, int floor, int maxChars)
    {
        const int lookahead = 200;
        var examined = text[floor..Math.Min(text.Length, maxChars + lookahead)];
        var sentences = SentenceSplitter.Instance.Split(examined);
        for (var i = sentences.Count - 2; i >= 0; i--)
        {
            if (floor + sentences[i].End <= maxChars)
            {
                return floor + sentences[i].End;
            }
        }

        return -1;
    }
}
