using System.Buffers;

namespace Summarizer.Chunking;

/// <summary>
/// Quotations closed on their own line that carry their speaker ("We will fight. We will win," Zelensky
/// said.): the sentence ends inside them are not boundaries, so every sentence of the quote stays with the
/// speaker. Found in one pass; queried with positions that only grow, so the whole split stays linear.
/// </summary>
internal sealed class HeldQuotes
{
    // A quote longer than this is a passage, not one claim: it is split like any text.
    private const int MaxLength = 600;

    private static readonly SearchValues<char> Marks = SearchValues.Create("\n\r“”\"");

    private readonly List<(int Open, int Close)> spans = [];
    private int cursor;

    private HeldQuotes()
    {
    }

    public static HeldQuotes Find(string text)
    {
        var held = new HeldQuotes();
        if (text.AsSpan().IndexOfAny('"', '“') < 0)
        {
            return held;
        }

        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            switch (text[i])
            {
                case '\n' or '\r':
                    open = -1;
                    break;
                case '“':
                    open = i;
                    break;
                case '”' when open >= 0:
                    held.Consider(text, open, i);
                    open = -1;
                    break;
                case '"' when open >= 0:
                    held.Consider(text, open, i);
                    open = -1;
                    break;
                case '"' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    open = i;
                    break;
            }
        }

        return held;
    }

    /// <summary>
    /// Whether a sentence end at <paramref name="mark"/>, with its closing marks up to <paramref name="end"/>,
    /// lies strictly inside a held quote (the quote's own last mark is left to the attribution rule).
    /// Calls must come with non-decreasing <paramref name="mark"/>.
    /// </summary>
    public bool Holds(int mark, int end)
    {
        while (cursor < spans.Count && spans[cursor].Close < mark)
        {
            cursor++;
        }

        return cursor < spans.Count && spans[cursor].Open < mark && end <= spans[cursor].Close;
    }

    private void Consider(string text, int open, int close)
    {
        if (close - open <= MaxLength
            && (QuoteAttribution.Precedes(text, open) || QuoteAttribution.Follows(text, close + 1)))
        {
            spans.Add((open, close));
        }
    }
}
