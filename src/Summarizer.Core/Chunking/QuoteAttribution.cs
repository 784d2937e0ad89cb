namespace Summarizer.Chunking;

/// <summary>
/// Whether a quotation has its speaker right beside it: after the closing quote ("..." Zelensky said at the
/// summit.) or before the opening one (He said: "..."). A quote and its attribution are one claim, so the
/// splitter keeps them in one sentence. Looks at a few words only, so each check costs a bounded amount.
/// </summary>
internal static class QuoteAttribution
{
    private const int MaxSubjectWords = 8;
    private const int MaxTailWords = 5;
    private const int Reach = 160;

    /// <summary>
    /// True when the text from <paramref name="at"/> (just after a closing quote) is a speaker and a verb of
    /// speaking that ends the sentence: "Zelensky said.", "the minister told reporters on Monday.", "said Smith".
    /// </summary>
    public static bool Follows(string text, int at)
    {
        var limit = Math.Min(text.Length, at + Reach);
        var i = at;
        if (i < limit && text[i] == ',')
        {
            i++; // "...", she said (comma outside the quote)
        }

        for (var words = 0; words <= MaxSubjectWords; words++)
        {
            i = SkipSpacesAndCommas(text, i, limit);
            var (start, end) = Word(text, i, limit);
            if (end == start)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            var bare = word.TrimEnd(".!?");
            if (EnglishWords.SpeechVerbs.Has(bare) && char.IsLower(bare[0]))
            {
                return words == 0 ? StartsName(text, end, limit) : EndsAttribution(text, end, limit, word.Length != bare.Length);
            }

            if (EnglishWords.Relatives.Has(bare) || (word.Length != bare.Length && !IsAbbreviation(bare)))
            {
                return false; // a clause, or a sentence that ended before any verb of speaking
            }

            i = end;
        }

        return false;
    }

    /// <summary>True when a verb of speaking stands in the few words before the opening quote at <paramref name="open"/>.</summary>
    public static bool Precedes(string text, int open)
    {
        var floor = Math.Max(0, open - 60);
        var i = open - 1;
        while (i >= floor && text[i] is ' ' or '\t' or ':' or ',')
        {
            i--;
        }

        for (var words = 0; words < 3 && i >= floor; words++)
        {
            var end = i + 1;
            while (i >= floor && char.IsLetter(text[i]))
            {
                i--;
            }

            if (EnglishWords.SpeechVerbs.Has(text.AsSpan(i + 1, end - i - 1)))
            {
                return true;
            }

            if (i < floor || text[i] is not (' ' or '\t'))
            {
                return false;
            }

            i--;
        }

        return false;
    }

    // After the verb: the sentence ends, or a short adjunct follows ("at the summit", "reporters on Monday").
    private static bool EndsAttribution(string text, int i, int limit, bool verbEndedSentence)
    {
        if (verbEndedSentence || i >= limit || text[i] is ',' or ';' or ':' or '—' or '–' or '\n' or '\r')
        {
            return true;
        }

        // At most one object may stand before the end or the adjunct ("told reporters.", "told The Associated
        // Press on Monday"); "said he would resign" is a new sentence's reported speech, not an attribution.
        var objects = 0;
        var previousCapitalised = false;
        for (var words = 0; words < MaxTailWords; words++)
        {
            i = SkipSpacesAndCommas(text, i, limit);
            var (start, end) = Word(text, i, limit);
            if (end == start)
            {
                return i >= limit || text[i] is '.' or '!' or '?' or ',' or ';' or ':';
            }

            var word = text.AsSpan(start, end - start);
            var bare = word.TrimEnd(".!?");
            if (EnglishWords.AttributionTail.Has(bare))
            {
                return true;
            }

            var capitalised = char.IsUpper(word[0]);
            objects += capitalised && previousCapitalised ? 0 : 1; // a run of capitalised words is one name
            if (objects > 1)
            {
                return false;
            }

            if (bare.Length != word.Length || (end < limit && text[end] is ',' or ';'))
            {
                return true;
            }

            previousCapitalised = capitalised;
            i = end;
        }

        return false;
    }

    // "said Zelensky", "said the minister".
    private static bool StartsName(string text, int i, int limit)
    {
        i = SkipSpacesAndCommas(text, i, limit);
        return i < limit && (char.IsUpper(text[i]) || text.AsSpan(i, limit - i).StartsWith("the ", StringComparison.Ordinal));
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length == 1 || EnglishWords.Honorifics.Has(word) || EnglishWords.Titles.Has(word);

    // A word with inner apostrophes, hyphens and periods, and one trailing period or mark.
    private static (int Start, int End) Word(string text, int i, int limit)
    {
        var start = i;
        if (i >= limit || !char.IsLetterOrDigit(text[i]))
        {
            return (i, i);
        }

        while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-' or '.' or '!' or '?'))
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 >= limit || !char.IsLetter(text[i + 1])))
            {
                return (start, i + 1);
            }

            i++;
        }

        return (start, i);
    }

    private static int SkipSpacesAndCommas(string text, int i, int limit)
    {
        while (i < limit && text[i] is ' ' or '\t' or ',')
        {
            i++;
        }

        return i;
    }
}
