namespace Summarizer.Checking.Independent;

/// <summary>A quoted span of a claim, as the folded words each of its parts must match in order ("..." splits parts).</summary>
/// <param name="IsTitle">Written in title case ("The Salt Orchard"): the name of a work, which the source must hold but
/// need not repeat in the sentence that says the rest of the claim.</param>
internal sealed record QuotedSpan(string Surface, IReadOnlyList<IReadOnlyList<string>> Parts, int Start, int End, bool IsTitle = false);

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
                spans.Add(new QuotedSpan(text[i..(end + 1)], parts, i, end + 1, IsTitle(inner)));
            }

            i = end + 1;
        }

        return spans;
    }

    // Two words or more, every one capitalised but the small words a title leaves in lower case.
    private static bool IsTitle(string inner)
    {
        var words = WordScanner.Scan(inner).Where(w => w.IsLetters).ToList();
        return words.Count >= 2 && words[0].IsCapitalized && words.All(w => w.IsCapitalized || w.Folded is "of" or "the" or "and" or "a" or "an" or "in" or "on" or "for" or "to" or "at" or "with")
            && !inner.TrimEnd().EndsWith('?') && !inner.TrimEnd().EndsWith('!');
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
