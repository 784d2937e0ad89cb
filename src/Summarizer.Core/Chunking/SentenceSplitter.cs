using System.Collections.Frozen;

namespace Summarizer.Chunking;

/// <summary>
/// Rule-based sentence splitter for news English. A line break always ends a sentence (cleaned text
/// keeps headings, list items and table rows on lines of their own); inside a line, a sentence ends
/// at . ! ? or … (plus closing quotes and brackets) followed by space and a sentence start, except
/// after titles ("Dr."), initials ("F."), "No." before a number, and dotted acronyms ("U.S.")
/// unless a typical sentence opener follows.
/// </summary>
internal sealed class SentenceSplitter : ISentenceSplitter
{
    public static readonly SentenceSplitter Instance = new();

    // Abbreviations that are never the end of a sentence in news prose.
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "lt", "col",
            "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "mt", "ft",
            "vs", "v", "etc", "e.g", "i.e", "cf", "approx", "est", "fig", "figs", "vol", "pp", "p",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "ave", "blvd", "rd",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Abbreviations that end a sentence only if a typical opener follows ("... the U.S. The next day").
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        [
            "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those",
            "But", "And", "In", "On", "At", "As", "After", "Before", "When", "While", "If", "Its",
            "His", "Her", "Their", "Our", "There", "Some", "Many", "Most", "Officials", "Meanwhile",
            "However", "Still", "Yet", "So", "Then",
        ],
        StringComparer.Ordinal);

    public IReadOnlyList<TextSegment> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSegment>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, result);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue; // "3.5", "U.S.-led", "example.com"
            }

            var next = NextWordStart(text, end);
            if (next < 0 || IsSentenceStart(text, i, end, next))
            {
                Add(text, start, end, result);
                start = end;
                i = end - 1;
            }
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsSentenceStart(string text, int mark, int end, int next)
    {
        var first = text[next];
        if (first is '\n' or '\r')
        {
            return true;
        }

        var opensSentence = char.IsUpper(first) || char.IsDigit(first) || IsOpener(first);
        if (!opensSentence)
        {
            return false; // '"Stop!" he said', 'approx. five'
        }

        if (text[mark] != '.' || end - mark > 1 && text[end - 1] != '.' && !IsCloser(text[end - 1]))
        {
            return true;
        }

        var word = WordBefore(text, mark);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            return !char.IsDigit(first); // "No. 10 Downing Street"
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDottedAcronym = word.Contains('.', StringComparison.Ordinal);
        if (NeverFinal.Contains(word) && !isDottedAcronym)
        {
            return false;
        }

        if (isInitial || isDottedAcronym)
        {
            return Openers.Contains(NextWord(text, next));
        }

        return true;
    }

    // The word before the period at 'mark', including inner dots ("U.S", "e.g").
    private static string WordBefore(string text, int mark)
    {
        var s = mark;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        return text[s..mark].Trim('.');
    }

    private static string NextWord(string text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[start..e];
    }

    private static int NextWordStart(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] is '\n' or '\r' || !char.IsWhiteSpace(text[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '’' or '”' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '‘' or '“' or '(' or '[' or '«' or '¿' or '¡';

    private static void Add(string text, int start, int end, List<TextSegment> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSegment(text[start..end], start, end));
        }
    }
}
