using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a figure counts: the noun after it, past any words shaped like modifiers (an adjective or participle
/// ending, a capital), found by the shape of the words, not by a list of nouns ("30 allied nations" counts
/// nations, "40 people injured" people).
/// </summary>
internal static partial class Facts
{
    // Endings that mark an adjective or participle in English ("allied", "regional", "extensive", "dangerous").
    private static readonly string[] AdjectiveEndings =
        ["ed", "ing", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian", "ese", "ish", "ern", "est"];

    private static (string Unit, int End, int Last) FindUnit(List<Token> tokens, List<string> folded, string text, int last, int end)
    {
        // The phrase runs over adjacent words; punctuation, a stopword or a figure ends it. Its first word that is
        // not shaped like a modifier names the unit: "30 allied nations", "11 countries took part".
        for (var j = last + 1; j < tokens.Count && InPhrase(j); j++)
        {
            var modifier = char.IsUpper(tokens[j].Text[0])
                || AdjectiveEndings.Any(e => folded[j].Length > e.Length + 2 && folded[j].EndsWith(e, StringComparison.Ordinal));
            if (modifier && j + 1 < tokens.Count && InPhrase(j + 1))
            {
                continue;
            }

            return char.IsUpper(tokens[j].Text[0]) ? ("", end, last) : (Stemmer.Inflections.Stem(folded[j]), tokens[j].End, j);
        }

        return ("", end, last);

        bool InPhrase(int j) =>
            OnlySpaceBetween(text, tokens[j - 1].End, tokens[j].Start) && !Stopwords.IsStopword(folded[j]) && char.IsLetter(folded[j][0]);
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // TEMPORARY, and not for attribution (which compares NumberFact.Noun): SingleSourceFinder still matches counts by
    // NumberFact.Unit ("30 nations" corroborating "30 countries") until it reads the typed facts (Summarizer.Facts);
    // then this list goes.
    private static readonly FrozenDictionary<string, string> UnitSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nation"] = "country", ["state"] = "country", ["person"] = "people", ["individual"] = "people",
        ["yr"] = "year", ["percentage"] = "percent", ["vehicle"] = "car",
    }.ToFrozenDictionary(p => Stemmer.Inflections.Stem(p.Key), p => Stemmer.Inflections.Stem(p.Value), StringComparer.Ordinal);

    private static string Synonym(string stem) => UnitSynonyms.TryGetValue(stem, out var canonical) ? canonical : stem;

    /// <summary>Letters written on a figure ("m" of "$310m", "gw" of "61.7GW", "pm" of "11.40pm"); "" for none.</summary>
    private static string Suffix(string word)
    {
        if (word.Length == 0 || !char.IsDigit(word[0]))
        {
            return "";
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        var digits = StripOrdinal(dash > 0 ? word[..dash] : word);
        return digits[^TrailingLetters(digits)..];
    }

    private static int TrailingLetters(string digits)
    {
        var n = 0;
        while (n < digits.Length && char.IsLetter(digits[^(n + 1)]))
        {
            n++;
        }

        return n < digits.Length ? n : 0;
    }
}
