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

        var token = text[wordStart..mark];
        if (token.Length == 0 || token.Contains('@', StringComparison.Ordinal) || token.Contains("://", StringComparison.Ordinal)
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

        if (EnglishWords.Honorifics.Contains(word))
        {
            return false;
        }

        if (EnglishWords.Titles.Contains(word))
        {
            return UsedAsName(word) || OpensAfterAbbreviation(next);
        }

        if (EnglishWords.CompanySuffixes.Contains(word))
        {
            return !EnglishWords.Weekdays.Contains(NextWord(next)); // "America Online Inc. Tuesday laid out"
        }

        if (EnglishWords.BeforeNumber.Contains(word) || (EnglishWords.Months.Contains(word) && char.IsUpper(word[0])))
        {
            return !char.IsDigit(text[next]);
        }

        return true;
    }

    // "U.S", "U.S.A", "a.m", "e.g", "Ph.D", "N.Y": short letter groups joined by periods.
    private static bool IsDottedAcronym(string word)
    {
        var groups = 0;
        foreach (var part in word.Split('.'))
        {
            if (part.Length is 0 or > 3 || !part.All(char.IsLetter))
            {
                return false;
            }

            groups++;
        }

        return groups >= 2;
    }

    private static bool IsTime(string word) =>
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
        return before.Count(' ') <= 2 && EnglishWords.FrontingPrepositions.Contains(first.ToString());
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
        var word = text[next..end];
        if (word.Length == 1 && followedByPeriod)
        {
            return false; // another initial: "F. A. Hayek"
        }

        return EnglishWords.Openers.Contains(word) || (followedByPeriod && EnglishWords.Honorifics.Contains(word));
    }

    private string NextWord(int next)
    {
        var end = next;
        while (end < text.Length && end - next < MaxWord && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[next..end];
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
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i <= 5 && char.IsLower(text[end]))
            {
                end++;
            }

            if (end < text.Length && !char.IsLetter(text[end]) && EnglishWords.Titles.Contains(text[i..end]) && IsNameContext(end))
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
