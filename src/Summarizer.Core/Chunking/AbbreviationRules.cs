using System.Buffers;

namespace Summarizer.Chunking;

/// <summary>
/// Whether a period after a word ends the sentence, by the word's class: honorifics never end one ("Mr.");
/// titles ("Sen.", "Mt."), initials ("E.") and dotted acronyms ("U.S.") only before a word that cannot be
/// a name ("the U.S. The next day", "Hun Sen. The king"); a title the text also uses as a name ("Hun Sen's")
/// is an ordinary word; number abbreviations ("No.", "p.", "Oct.") not before a number; company suffixes
/// and other words ("Inc.", "Corp.", "Calif.") before any sentence start ("Apple Inc. Shares rose"), except a
/// company suffix before a weekday ("Acme Inc. Tuesday said").
/// </summary>
internal sealed class AbbreviationRules(string text)
{
    private const int MaxWord = 64;

    private static readonly SearchValues<char> Capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private HashSet<string>? titlesUsedAsNames;

    /// <summary>
    /// For a period at <paramref name="mark"/> in the sentence begun at <paramref name="start"/>, followed by a
    /// word at <paramref name="next"/> that could open a sentence.
    /// </summary>
    public bool EndsSentence(int mark, int start, int next)
    {
        var wordStart = mark;
        while (wordStart > 0 && mark - wordStart < MaxWord && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        while (wordStart < mark && text[wordStart] is '"' or '\'' or '“' or '‘' or '(' or '[' or '«')
        {
            wordStart++;
        }

        var token = text.AsSpan(wordStart, mark - wordStart);
        if (token.IsEmpty || token.Contains('@') || token.Contains("://", StringComparison.Ordinal)
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "Jane.Doe@example.com.", "https://example.com/page.html."
        }

        var word = token[(token.LastIndexOf('-') + 1)..];
        if (IsDottedAcronym(word))
        {
            var fronted = IsTime(word) && IsFrontedPhrase(start, wordStart);
            return !fronted && OpensAfterAbbreviation(next); // "At 5 a.m. Mr. Smith went"
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // "you and I. Did you" ends; "Jonas E. Smith" and "said L. Ari Fleischer" are initials.
            return (word[0] == 'I' && PreviousWordIsLowerCase(wordStart)) || OpensAfterAbbreviation(next);
        }

        if (EnglishWords.Honorifics.Has(word))
        {
            return false;
        }

        if (EnglishWords.Titles.Has(word))
        {
            return UsedAsName(word.ToString()) || OpensAfterAbbreviation(next);
        }

        if (EnglishWords.CompanySuffixes.Has(word))
        {
            return !EnglishWords.Weekdays.Has(NextWord(next)); // "America Online Inc. Tuesday laid out"
        }

        if (EnglishWords.BeforeNumber.Has(word) || (EnglishWords.Months.Has(word) && char.IsUpper(word[0])))
        {
            return !char.IsDigit(text[next]);
        }

        return true;
    }

    // "U.S", "U.S.A", "a.m", "e.g", "Ph.D", "N.Y": short letter groups joined by periods.
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        int groups = 0, length = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (length == 0)
                {
                    return false;
                }

                groups++;
                length = 0;
            }
            else if (!char.IsLetter(c) || ++length > 3)
            {
                return false;
            }
        }

        return groups >= 1 && length > 0;
    }

    private static bool IsTime(ReadOnlySpan<char> word) =>
        word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase);

    // The sentence so far is a short phrase opened by a preposition ("At 5", "By 9"), which cannot stand alone.
    private bool IsFrontedPhrase(int start, int wordStart)
    {
        var before = text.AsSpan(start, wordStart - start).Trim();
        if (before.Length is 0 or > 24)
        {
            return false;
        }

        var first = before.IndexOfAny(' ', '\t') is var space and > 0 ? before[..space] : before;
        return before.Count(' ') <= 2 && EnglishWords.FrontingPrepositions.Has(first);
    }

    // A function word ("The", "He", "How") or an honorific ("Mr.") cannot continue a name or an acronym.
    private bool OpensAfterAbbreviation(int next)
    {
        while (next < text.Length && text[next] is '"' or '\'' or '“' or '‘' or '(' or '[')
        {
            next++;
        }

        var end = next;
        while (end < text.Length && end - next < MaxWord && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == next || !char.IsUpper(text[next]))
        {
            return false;
        }

        var followedByPeriod = end < text.Length && text[end] == '.';
        var word = text.AsSpan(next, end - next);
        if (word.Length == 1 && followedByPeriod)
        {
            return false; // another initial: "F. A. Hayek"
        }

        return EnglishWords.Openers.Has(word) || (followedByPeriod && EnglishWords.Honorifics.Has(word));
    }

    private ReadOnlySpan<char> NextWord(int next)
    {
        var end = next;
        while (end < text.Length && end - next < MaxWord && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(next, end - next);
    }

    private bool PreviousWordIsLowerCase(int wordStart)
    {
        var i = wordStart - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && end - i < MaxWord && !char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return end > i + 1 && char.IsLower(text[i + 1]);
    }

    // A title that also occurs as a plain word followed by a possessive, a comma or a lower-case word
    // ("Hun Sen's party", "Hun Sen said") is a name in this text, and a name can end a sentence.
    private bool UsedAsName(string title)
    {
        titlesUsedAsNames ??= FindTitlesUsedAsNames();
        return titlesUsedAsNames.Contains(title);
    }

    private HashSet<string> FindTitlesUsedAsNames()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Capitals); // every title starts with an ASCII capital
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (i > 0 && char.IsLetter(text[i - 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i <= 5 && char.IsLower(text[end]))
            {
                end++;
            }

            if (end < text.Length && !char.IsLetter(text[end]) && EnglishWords.Titles.Has(text.AsSpan(i, end - i)) && IsNameContext(end))
            {
                found.Add(text[i..end]);
            }

            i = end - 1;
        }

        return found;
    }

    private bool IsNameContext(int after) =>
        text[after] is ',' or ';'
        || (text[after] is '\'' or '’' && after + 1 < text.Length && text[after + 1] == 's')
        || (text[after] == ' ' && after + 1 < text.Length && char.IsLower(text[after + 1]));
}
