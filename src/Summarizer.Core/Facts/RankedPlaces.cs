using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// The place a source names as where an event struck hardest, told as the subject or the complement of its clause rather
/// than after a preposition: "Worst hit was Elswick Airport", "The worst-hit site was Longmere Park", "The Stenning Road
/// verges were the worst-hit site", "Tarnmouth Airport bore the brunt". Outlets rank the places an event reached this
/// way and often disagree on which came first, so each source's ranked place is one slot of the story
/// (<see cref="EventFrames.HardestHit"/>).
/// </summary>
internal static class RankedPlaces
{
    // The copulas that join a ranked place to its rank.
    private static bool Copula(string word) => word is "was" or "were" or "is" or "are";

    // The verbs of bearing "the brunt".
    private static bool Bears(string word) => word is "bore" or "bears" or "took" or "takes";

    // Words that rank where an event struck ("worst hit", "the hardest-hit area"): general news vocabulary, written without
    // any case's wording in mind. A hyphened form ("worst-hit") is one token.
    private static bool Ranks(string word) =>
        word.StartsWith("worst", StringComparison.Ordinal) || word.StartsWith("hardest", StringComparison.Ordinal);

    /// <summary>The ranked place of the sentence's first clause, or null when it ranks none.</summary>
    public static PlaceSpan? Read(Words words) => Complement(words) ?? Subject(words);

    // "Worst hit was Elswick Airport", "The worst-hit site was Longmere Park": a clause whose subject ranks and whose
    // copula's complement is a name.
    private static PlaceSpan? Complement(Words words)
    {
        var copula = -1;
        for (var k = 0; k < words.Count && (k == 0 || !words.BreakAfter(k - 1)); k++)
        {
            if (Copula(words[k]))
            {
                copula = k;
                break;
            }
        }

        if (copula < 1 || !Enumerable.Range(0, copula).Any(k => Ranks(words[k])) || words.BreakAfter(copula))
        {
            return null;
        }

        var start = words[copula + 1] == "the" ? copula + 2 : copula + 1;
        return Named(words, start);
    }

    // "The Stenning Road verges were the worst-hit site", "Tarnmouth Airport bore the brunt": a name that opens the
    // sentence as the subject of a copula with a ranking complement, or of bearing "the brunt".
    private static PlaceSpan? Subject(Words words)
    {
        var start = words[0] == "the" ? 1 : 0;
        if (!OpensName(words, start))
        {
            return null;
        }

        var last = NameEnd(words, start, withPlaceNouns: false);

        // One lowercase noun may finish the subject: "the Stenning Road verges".
        var verb = last + 1;
        if (!words.BreakAfter(last) && !words.Capitalized(verb) && !Stopwords.IsStopword(words[verb]) && !Copula(words[verb])
            && !Bears(words[verb]) && Copula(words[verb + 1]))
        {
            (last, verb) = (verb, verb + 1);
        }

        if (words.BreakAfter(last) || words.BreakAfter(verb))
        {
            return null;
        }

        var rest = words[verb + 1] == "the" ? verb + 2 : verb + 1;
        var ranked = Copula(words[verb]) && Ranks(words[rest])
            || Bears(words[verb]) && words[verb + 1] == "the" && words[verb + 2] == "brunt";
        return ranked ? Span(words, start, last) : null;
    }

    // The name that starts at start, up to its clause's end or the first word that is no part of a name.
    private static PlaceSpan? Named(Words words, int start)
    {
        if (!OpensName(words, start))
        {
            return null;
        }

        return Span(words, start, NameEnd(words, start, withPlaceNouns: true));
    }

    // A place name can open at start: a name word that is not a person's title.
    private static bool OpensName(Words words, int start) => PlaceWords.PlaceWord(words, start) && !NameSpans.Titles.Contains(words[start]);

    // The last word of the name that starts at start, within its clause (and, with withPlaceNouns, through a place noun
    // written in lower case: "Elswick airport").
    private static int NameEnd(Words words, int start, bool withPlaceNouns)
    {
        var last = start;
        while (last + 1 < words.Count && (PlaceWords.PlaceWord(words, last + 1) || (withPlaceNouns && PlaceWords.PlaceNouns.Contains(words[last + 1]))) && !words.BreakAfter(last))
        {
            last++;
        }

        return last;
    }

    private static PlaceSpan Span(Words words, int first, int last) =>
        new("at", first, last, PlaceWords.Key(words, first, last), PlaceWords.PlaceNouns.Contains(words[last]) ? words[last] : "");
}
