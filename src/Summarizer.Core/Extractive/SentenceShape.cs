using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Summarizer.Merging.Agreement;

namespace Summarizer.Extractive;

/// <summary>
/// Decides whether a sentence can stand alone in a summary: headings ("Why It Matters"), list
/// stubs, questions and fragments read badly out of context, so they are never selected.
/// </summary>
internal static partial class SentenceShape
{
    public const int MinWords = 6;

    // Connectives that point back to an earlier sentence; out of context the reader cannot resolve them.
    // (Pronoun openers are Anaphora's to read: one reader of "this sentence refers back".)
    private static readonly FrozenSet<string> DanglingOpeners = FrozenSet.ToFrozenSet(
        [
            "but", "and", "or", "also", "however", "still", "yet", "meanwhile", "instead", "then",
            "there", "such", "both", "all", "thus", "so", "nevertheless", "moreover", "furthermore",
            "additionally", "similarly", "likewise", "consequently", "therefore", "besides", "otherwise",
            "nonetheless", "hence", "accordingly", "indeed", "further", "another", "either", "neither",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Words that, inside an opening phrase, point back to what came before: "Despite these challenges, ...".
    private static readonly FrozenSet<string> BackPointers = FrozenSet.ToFrozenSet(
        ["this", "these", "that", "those", "such", "latter", "former", "result", "addition", "contrast", "example", "response"],
        StringComparer.OrdinalIgnoreCase);

    // "The latter ...", "The remaining 10% ...", "The rest ...": a definite phrase whose head is the sentence before.
    private static readonly FrozenSet<string> BackReferringModifiers = FrozenSet.ToFrozenSet(
        ["latter", "former", "remaining", "rest", "same", "last"],
        StringComparer.OrdinalIgnoreCase);

    // What "the last ..." points back with ("the last part", "the last two"); "the last ferry" names its own thing.
    private static readonly FrozenSet<string> PartWords = FrozenSet.ToFrozenSet(
        ["part", "parts", "one", "ones", "half", "point", "two", "three", "few", "of"],
        StringComparer.OrdinalIgnoreCase);

    private const int OpeningPhraseWords = 5;

    private const int DateLabelChars = 16;

    /// <summary>
    /// True when the sentence cannot stand alone: it opens with a pronoun (<see cref="Anaphora"/>), a connective,
    /// a phrase pointing back ("As a result,", "The latter"), or it is a quote whose speaker it does not name.
    /// </summary>
    public static bool StartsDangling(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Anaphora.OpensWithPronoun(text) || OpensWithBackReferringPhrase(text) || QuotesWithoutSpeaker(text) || SaidByPronoun(text)
            || PronounObjectWithoutAntecedent(text))
        {
            return true;
        }

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

    // "The latter said ...", "The last part depends on ...".
    private static bool OpensWithBackReferringPhrase(string text)
    {
        var words = text.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var modifier = words[1].TrimEnd(',', ';', ':');
        return BackReferringModifiers.Contains(modifier)
            && (!modifier.Equals("last", StringComparison.OrdinalIgnoreCase) || PartWords.Contains(words[2].TrimEnd(',', ';', ':')));
    }

    // Mostly quoted words with no one named as saying them ("We trust the committee." or "'It failed,' he said."):
    // the speaker is in a sentence before.
    private static bool QuotesWithoutSpeaker(string text)
    {
        var quoted = QuotedSpans.Find(text).Sum(q => q.End - q.Start);
        return text.Length > 0 && quoted * 2 >= text.Length && !ReportedSpeech.ReadAll(text).Any(r => r.Key is not null);
    }

    // "No road has been closed, he said.": reported speech closed by a pronoun speaker, who is named in a sentence before.
    private static bool SaidByPronoun(string text) => TrailingPronounSpeaker().IsMatch(text);

    [GeneratedRegex(@",[’'""”]?\s+(?:he|she|they|it)\s+(?:said|says|added|adds|told\s+\w+|noted|explained|insisted)\s*[.!]?[’'""”]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPronounSpeaker();

    // "Deputies are due to vote on it on Tuesday.", "The minister has said she will not withdraw it.": a pronoun object
    // ("it", "them": last in its clause, or before a preposition) with nothing before it in the sentence that it could
    // stand for, no phrase opened by a determiner ("the bill") and no name that a personal pronoun has not already taken
    // ("Haskell ... she"); what it means is in a sentence before. Pronouns inside a quote are the speaker's.
    private static bool PronounObjectWithoutAntecedent(string text)
    {
        var quoted = QuotedSpans.Find(text);
        var words = WordOrMark().Matches(text);
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            var singular = word.Equals("it", StringComparison.OrdinalIgnoreCase);
            if (!(singular || word.Equals("them", StringComparison.OrdinalIgnoreCase))
                || quoted.Any(q => q.Start <= words[i].Index && words[i].Index < q.End))
            {
                continue;
            }

            var next = i + 1 < words.Count ? words[i + 1].Value : ".";
            if ((char.IsPunctuation(next[0]) || AfterObject.Contains(next)) && !HasAntecedent(words, i, singular))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAntecedent(MatchCollection words, int pronoun, bool singular)
    {
        for (var j = 0; j < pronoun; j++)
        {
            var word = words[j].Value;
            if (Determiners.Contains(word))
            {
                return true;
            }

            // A capitalised word names something, unless it opens the sentence as a plural ("Deputies ... it") or a
            // personal pronoun after it shows it is a person ("Haskell has said she will not withdraw it").
            if (char.IsUpper(word[0])
                && !(j == 0 && singular && word.EndsWith('s'))
                && !Enumerable.Range(j + 1, pronoun - j - 1).Any(k => PersonalPronouns.Contains(words[k].Value)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "my"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PersonalPronouns = FrozenSet.ToFrozenSet(["he", "she", "him"], StringComparer.OrdinalIgnoreCase);

    // Words that follow an object: prepositions and adverbs of time or place ("vote on it on Tuesday", "put it back").
    private static readonly FrozenSet<string> AfterObject = FrozenSet.ToFrozenSet(
        [
            "on", "in", "at", "to", "for", "by", "from", "with", "before", "after", "until", "over", "into", "as", "up",
            "down", "out", "off", "again", "now", "today", "yesterday", "tomorrow", "back",
        ],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*|[.,;:!?]", RegexOptions.CultureInvariant)]
    private static partial Regex WordOrMark();

    // An opening phrase of a few words closed by a comma that refers back: "As a result,", "After that,".
    private static bool OpensWithBackReference(string text, int start)
    {
        var comma = text.IndexOf(',', start);
        if (comma < 0)
        {
            return false;
        }

        var words = text[start..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // ... or is followed by a pronoun: "Together, these regions ...", "On Tuesday, they ..."; not by a relative
        // "who", which describes the name before the comma ("Minister Ilse Marchetti, who visited the site, said").
        var after = text[(comma + 1)..].TrimStart();
        return words.Length <= OpeningPhraseWords
            && (words.Any(BackPointers.Contains) || (!after.StartsWith("who ", StringComparison.OrdinalIgnoreCase) && Anaphora.OpensWithPronoun(after)));
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

        if (OpensWithDateLabel(text))
        {
            return false; // a timeline entry ("1996 : Named minister."), not a sentence
        }

        var last = LastNonCloser(text);
        if (last < 0 || text[last] is not ('.' or '!'))
        {
            return false; // headings have no final punctuation; questions end with '?'
        }

        return !(last > 0 && text[last - 1] == ':') && !text.EndsWith("...", StringComparison.Ordinal);
    }

    // A label of a few characters before a spaced colon that holds a figure and no lower-case word ("1984-90 :",
    // "Oct. 9, 1998:"): the line is an entry of a timeline or list, and what follows it has no subject.
    private static bool OpensWithDateLabel(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > DateLabelChars || colon + 1 >= text.Length || !char.IsWhiteSpace(text[colon + 1]))
        {
            return false;
        }

        var label = text[..colon];
        return label.Any(char.IsDigit) && !label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]));
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
