namespace Summarizer.Checking.Independent;

/// <summary>A quoted span of a claim, as the folded words each of its parts must match in order ("..." splits parts).</summary>
internal sealed record QuotedSpan(string Surface, IReadOnlyList<IReadOnlyList<string>> Parts, int Start, int End);

/// <summary>
/// Finds quoted spans of any length, even one word: “...”, "...", ‘...’ and '...' (a single quote opens only after a
/// space or bracket and closes only before a non-letter, so apostrophes are not taken for quotes).
/// </summary>
internal static class Quotes
{
    public static List<QuotedSpan> Read(string text)
    {
        var spans = new List<QuotedSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var close = Closing(text, i);
            if (close is null)
            {
                i++;
                continue;
            }

            var end = FindClose(text, i + 1, close.Value);
            if (end < 0)
            {
                i++;
                continue;
            }

            var inner = text[(i + 1)..end];
            var parts = inner.Split(["...", "…"], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => (IReadOnlyList<string>)WordScanner.Scan(p).Where(w => w.Kind != WordKind.Symbol).Select(w => w.Folded).ToList())
                .Where(p => p.Count > 0)
                .ToList();
            if (parts.Count > 0)
            {
                spans.Add(new QuotedSpan(text[i..(end + 1)], parts, i, end + 1));
            }

            i = end + 1;
        }

        return spans;
    }

    private static char? Closing(string text, int i) => text[i] switch
    {
        '“' => '”',
        '"' => '"',
        '‘' when OpensAt(text, i) => '’',
        '\'' when OpensAt(text, i) => '\'',
        _ => null,
    };

    private static bool OpensAt(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static int FindClose(string text, int from, char close)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == close && (close is '”' or '"' || j + 1 == text.Length || !char.IsLetter(text[j + 1])))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="part"/> occurs as consecutive words of <paramref name="words"/>.</summary>
    public static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> part)
    {
        for (var start = 0; start + part.Count <= words.Count; start++)
        {
            var k = 0;
            while (k < part.Count && words[start + k] == part[k])
            {
                k++;
            }

            if (k == part.Count)
            {
                return true;
            }
        }

        return false;
    }
}
