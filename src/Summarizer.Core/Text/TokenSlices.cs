namespace Summarizer.Text;

/// <summary>
/// The tokens of a stretch of a text, read from the tokens already cut from the whole text instead of cutting the
/// stretch again: every sentence of every source, and every clause of every sentence judged, is asked for its tokens.
/// </summary>
internal static class TokenSlices
{
    /// <summary>
    /// True when cutting <paramref name="text"/> at <paramref name="from"/> and <paramref name="to"/> splits no token:
    /// each cut is at an edge of the text or beside whitespace, which no token holds. The tokenizer then reads the
    /// stretch exactly as it reads that part of the whole (it looks no further than the token's own characters and the
    /// one after it, which at a clean cut is whitespace or the end either way).
    /// </summary>
    public static bool CutsCleanly(ReadOnlySpan<char> text, int from, int to) =>
        0 <= from && from <= to && to <= text.Length
        && (from == 0 || char.IsWhiteSpace(text[from - 1]) || (from < text.Length && char.IsWhiteSpace(text[from])))
        && (to == text.Length || char.IsWhiteSpace(text[to]) || (to > 0 && char.IsWhiteSpace(text[to - 1])));

    /// <summary>The index of the first of <paramref name="tokens"/> (in text order) that starts at or after <paramref name="position"/>.</summary>
    public static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int position)
    {
        var (lo, hi) = (0, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The indexes [first, end) of the <paramref name="tokens"/> of a text that lie in its stretch
    /// [<paramref name="from"/>, <paramref name="to"/>); only meaningful when <see cref="CutsCleanly"/> holds there.
    /// </summary>
    public static (int First, int End) Within(IReadOnlyList<Token> tokens, int from, int to)
    {
        var first = FirstAtOrAfter(tokens, from);
        var end = first;
        while (end < tokens.Count && tokens[end].Start < to)
        {
            end++;
        }

        return (first, end);
    }
}
