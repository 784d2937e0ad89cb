using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Runs of capitalised words that name someone or somewhere, with the titles and role words written before a
/// person's name ("Colonel", "Dr.", "chief executive") kept apart from the name itself.
/// </summary>
internal static class NameSpans
{
    /// <summary>Titles and ranks written before a name; they are not part of the name's key.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "dr", "doctor", "professor", "prof", "judge", "justice", "colonel", "col", "governor", "gov", "mayor", "councillor",
            "councilor", "minister", "detective", "det", "chief", "ch", "inspector", "insp", "superintendent", "supt", "sergeant",
            "sgt", "captain", "capt", "general", "gen", "sir", "dame", "president", "commissioner", "deputy", "mr", "mrs", "ms",
            "senator", "sen", "officer", "lord", "lady", "prime", "secretary", "chancellor", "coach", "manager", "director",
            "chairman", "chairwoman", "chair", "agriculture", "finance", "health", "foreign", "interior", "economy", "justice",
            "constable", "lieutenant", "lt", "major", "admiral", "bishop", "rev", "father", "sister", "king", "queen", "prince",
            "princess", "electoral", "city", "fire", "police", "operating", "executive", "technology", "financial", "clerk",
            "spokesman", "spokeswoman", "spokesperson", "recorder", "cllr",
        ],
        StringComparer.Ordinal);

    // Capitalised words that start sentences or name times, not people or places.
    private static readonly FrozenSet<string> NotName = FrozenSet.ToFrozenSet(
        [
            "the", "a", "an", "in", "on", "at", "but", "and", "it", "he", "she", "they", "we", "i", "this", "that", "these",
            "those", "his", "her", "their", "its", "our", "after", "before", "when", "while", "as", "if", "for", "from", "by",
            "with", "among", "under", "over", "about", "since", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "there", "some", "many", "most", "all", "both", "each", "one", "two", "three",
            "what", "who", "where", "why", "how", "meanwhile", "however", "yesterday", "today", "last", "next", "earlier",
            "later", "according", "despite", "during", "until", "no", "not", "more", "other", "several",
        ],
        StringComparer.Ordinal);

    // Lower-case particles inside a surname ("Pieter de Waal", "Ingrid van der Berg", "Luis da Costa").
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "ter"], StringComparer.Ordinal);

    // A particle inside a name is written in lower case ("de Waal"); capitalised, it opens a name or a sentence.
    private static bool ParticleAt(Words words, int i) =>
        i > 0 && i < words.Count && Particles.Contains(words[i]) && char.IsLower(words.Tokens[i].Text[0]);

    /// <summary>True when token <paramref name="i"/> can be part of a name.</summary>
    public static bool IsNameWord(Words words, int i) =>
        words.Capitalized(i) && !NotName.Contains(words[i]) && !char.IsDigit(words.Tokens[i].Text[0])
        && !words[i].EndsWith("'s", StringComparison.Ordinal) && words.Tokens[i].Text.Any(char.IsLower);

    /// <summary>
    /// The name starting at or after <paramref name="i"/> within <paramref name="reach"/> tokens, skipping titles and
    /// role words ("the novelist", "deputy agriculture minister"); null at a clause break or a function word.
    /// </summary>
    public static (int First, int Last)? After(Words words, int i, int reach = 6)
    {
        for (var k = i; k < Math.Min(words.Count, i + reach); k++)
        {
            if (k > i && words.BreakAfter(k - 1))
            {
                return null;
            }

            if (IsNameWord(words, k) && !Titles.Contains(words[k]))
            {
                return (k, RunEnd(words, k));
            }

            var plainWord = words[k] is "the" or "a" or "an" || Titles.Contains(words[k])
                || (char.IsLower(words.Tokens[k].Text[0]) && !Summarizer.Text.Stopwords.IsStopword(words[k]));
            if (!plainWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The name that ends at <paramref name="i"/> (its last word), or null.</summary>
    public static (int First, int Last)? EndingAt(Words words, int i)
    {
        if (!IsNameWord(words, i) || Titles.Contains(words[i]))
        {
            return null;
        }

        var first = i;
        while (first > 0 && !words.BreakAfter(first - 1))
        {
            if (IsNameWord(words, first - 1) && !Titles.Contains(words[first - 1]))
            {
                first--;
            }
            else if (ParticleAt(words, first - 1) && IsNameWord(words, first - 2) && !Titles.Contains(words[first - 2]) && !words.BreakAfter(first - 2))
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        // A sentence-initial single word with no title is more often a common word than a name.
        return first == 0 && first == i ? null : (first, i);
    }

    public static string Key(Words words, (int First, int Last) span) =>
        NameKey.Of(string.Join(' ', Enumerable.Range(span.First, span.Last - span.First + 1).Select(k => words.Tokens[k].Text)));

    private static int RunEnd(Words words, int k)
    {
        var last = k;
        while (last + 1 < words.Count && !words.BreakAfter(last))
        {
            if (IsNameWord(words, last + 1))
            {
                last++;
            }
            else if (ParticleAt(words, last + 1) && last + 2 < words.Count && IsNameWord(words, last + 2) && !words.BreakAfter(last + 1))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }
}
