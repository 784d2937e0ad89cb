namespace Summarizer.Text;

/// <summary>A lowercase word and where it sits in the text it was read from.</summary>
internal readonly record struct WordToken(string Value, int Start, int End);

/// <summary>
/// Splits text into lowercase words: maximal runs of letters and digits, everything else a
/// separator (so "Hun Sen's" gives hun, sen, s and "U.S.-led" gives u, s, led). With
/// <c>asciiOnly</c> only a-z and 0-9 count as word characters, which is how ROUGE tokenizes.
/// Culture-invariant and allocation-light: one string per token.
/// </summary>
internal static class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text, bool asciiOnly = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<WordToken>();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i], asciiOnly))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i], asciiOnly))
            {
                i++;
            }

            var length = i - start;
            var chars = length <= buffer.Length ? buffer[..length] : new char[length];
            text.AsSpan(start, length).ToLowerInvariant(chars);
            result.Add(new WordToken(new string(chars), start, i));
        }

        return result;
    }

    /// <summary>The lowercase words of <paramref name="text"/>, without offsets.</summary>
    public static IReadOnlyList<string> Words(string text, bool asciiOnly = false)
    {
        var tokens = Tokenize(text, asciiOnly);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = tokens[i].Value;
        }

        return words;
    }

    /// <summary>
    /// Finds the next word at or after <paramref name="from"/> without allocating: returns false at
    /// the end, else the word's start and length (not lowercased) in <paramref name="text"/>.
    /// </summary>
    public static bool NextWord(ReadOnlySpan<char> text, int from, out int start, out int length, bool asciiOnly = false)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i], asciiOnly))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i], asciiOnly))
        {
            i++;
        }

        length = i - start;
        return length > 0;
    }

    private static bool IsWordChar(char c, bool asciiOnly) =>
        asciiOnly ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') : char.IsLetterOrDigit(c);
}
