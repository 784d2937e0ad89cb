using System.Collections.Frozen;

namespace Summarizer.Extractive;

/// <summary>
/// Decides whether a sentence can stand alone in a summary: headings ("Why It Matters"), list
/// stubs, questions and fragments read badly out of context, so they are never selected.
/// </summary>
internal static class SentenceShape
{
    public const int MinWords = 6;

    // Openers that point back to an earlier sentence; out of context the reader cannot resolve them.
    private static readonly FrozenSet<string> DanglingOpeners = FrozenSet.ToFrozenSet(
        [
            "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
            "but", "and", "or", "also", "however", "still", "yet", "meanwhile", "instead", "then",
            "there", "such", "both", "all", "thus", "so", "nevertheless", "moreover", "furthermore",
            "additionally", "similarly", "likewise", "consequently", "therefore", "besides", "otherwise",
            "nonetheless", "hence", "accordingly", "indeed", "further",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Words that, inside an opening phrase, point back to what came before: "Despite these challenges, ...".
    private static readonly FrozenSet<string> BackPointers = FrozenSet.ToFrozenSet(
        ["this", "these", "that", "those", "such", "latter", "former", "result", "addition", "contrast", "example", "response"],
        StringComparer.OrdinalIgnoreCase);

    private const int OpeningPhraseWords = 5;

    /// <summary>True when the sentence opens with a pronoun or connective that needs the sentence before it.</summary>
    public static bool StartsDangling(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && (DanglingOpeners.Contains(text[start..end]) || OpensWithBackReference(text, start));
    }

    // An opening phrase of a few words closed by a comma that refers back: "As a result,", "After that,".
    private static bool OpensWithBackReference(string text, int start)
    {
        var comma = text.IndexOf(',', start);
        if (comma < 0)
        {
            return false;
        }

        var words = text[start..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= OpeningPhraseWords && words.Any(BackPointers.Contains);
    }

    public static bool IsSelectable(string text, int words, int maxWords)
    {
        if (words < MinWords || words > maxWords || text.Length == 0)
        {
            return false;
        }

        var first = text[0];
        if (char.IsLower(first) || first is ',' or ';' or ':' or '-' or '–' or '—' or ')' or '•' or '*')
        {
            return false; // a fragment cut out of a longer sentence, or a list item
        }

        var last = LastNonCloser(text);
        if (last < 0 || text[last] is not ('.' or '!'))
        {
            return false; // headings have no final punctuation; questions end with '?'
        }

        return !(last > 0 && text[last - 1] == ':') && !text.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>True for a short line without final punctuation, the shape of a heading.</summary>
    public static bool LooksLikeHeading(string text, int words) =>
        words <= 10 && text.Length > 0 && LastNonCloser(text) is var last && last >= 0
        && text[last] is not ('.' or '!' or '?' or '…');

    private static int LastNonCloser(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && text[i] is '"' or '\'' or '’' or '”' or ')' or ']' or '»')
        {
            i--;
        }

        return i;
    }
}
