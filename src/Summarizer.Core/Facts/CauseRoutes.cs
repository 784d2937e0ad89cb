using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The way in an intruder took, read as how a breach happened: "the hackers got in through a phishing email", "the
/// attackers gained access through a flaw", "the mice entered through a broken drain cover", "thieves broke in via a
/// skylight". For a break-in, a leak into a building or an infestation, news tells the cause as the route: what let
/// the thing in. Only a verb of getting in counts: a way out ("escaped through his window", "got out through a fire
/// exit") is most often how people fled the event, and "broke through" is the event itself ("the sea broke through the
/// wall").
/// </summary>
internal static class CauseRoutes
{
    // Verbs that take "in" or "into" to say something came inside: "got in", "came into", "crept in".
    private static readonly FrozenSet<string> Moving = FrozenSet.ToFrozenSet(
        ["got", "get", "gets", "getting", "came", "come", "comes", "coming", "crept", "creep", "creeps", "slipped", "slip", "slips",
            "climbed", "climb", "climbs", "broke", "break", "breaks", "broken"],
        StringComparer.Ordinal);

    // Verbs of entering whose object, if any, is the place: "entered through", "entered the building through".
    private static readonly FrozenSet<string> Entering = FrozenSet.ToFrozenSet(
        ["entered", "enter", "enters", "entering"], StringComparer.Ordinal);

    // "gained access", "gain entry": the noun after a verb of getting.
    private static readonly FrozenSet<string> Gaining = FrozenSet.ToFrozenSet(
        ["gained", "gain", "gains", "gaining", "got", "obtained"], StringComparer.Ordinal);

    // Words after "through" that say how long, not which way: "got in through the night".
    private static readonly FrozenSet<string> Spans = FrozenSet.ToFrozenSet(
        ["the night", "the day", "the weekend", "the winter", "the summer", "the year"], StringComparer.Ordinal);

    private const int MaxObject = 6;

    // Words between an intruder and its verb: auxiliaries, hedges and adverbs ("hackers had probably got in").
    private static readonly FrozenSet<string> BeforeVerb = FrozenSet.ToFrozenSet(
        ["had", "has", "have", "may", "might", "could", "probably", "apparently", "possibly", "been", "then", "first", "somehow"],
        StringComparer.Ordinal);

    // Words before the verb that are not the intruder: those of <see cref="BeforeVerb"/>, "likely", pronouns.
    private static readonly FrozenSet<string> NotIntruders = FrozenSet.ToFrozenSet(
        [.. BeforeVerb, "likely", "he", "she", "they", "we", "i", "you", "it", "this", "that", "which", "who", "what", "someone", "somebody", "anyone"],
        StringComparer.Ordinal);

    /// <summary>Where the route after a verb of getting in at <paramref name="i"/> starts ("a phishing email" of "got in
    /// through a phishing email"), or null; <paramref name="intruder"/> is the head word of what got in ("mice" of "the mice
    /// entered through a drain cover"), what the route explains, or -1.</summary>
    public static int? Start(Words words, int i, out int intruder)
    {
        intruder = Intruder(words, i);
        var after = Entry(words, i);
        if (after is not { } k)
        {
            return null;
        }

        // The object of "into", "entered" or "access to" comes first: "got into the kitchen through a drain".
        for (var end = Math.Min(words.Count - 2, k + MaxObject); k <= end; k++)
        {
            if (words[k] is "through" or "via")
            {
                return words.BreakAfter(k) || Spans.Any(s => words.At(k + 1, s)) ? null : k + 1;
            }

            // The clause moves on ("got in and stole", "got in after dark"); "access to the systems" keeps its object.
            var ends = words[k] is "and" or "but" or "after" or "when" or "before" || (words[k] == "to" && words[k - 1] is not ("access" or "entry"));
            if (words.BreakAfter(k) || ends)
            {
                return null;
            }
        }

        return null;
    }

    // The noun just before the verb, past its auxiliaries and hedges: "the mice | entered", "hackers had | got in".
    private static int Intruder(Words words, int verb)
    {
        var k = verb - 1;
        while (k > 0 && BeforeVerb.Contains(words[k]) && !words.BreakAfter(k - 1))
        {
            k--;
        }

        return k >= 0 && !words.BreakAfter(k) && words[k].Length > 2 && words[k].All(char.IsLetter) && !words.Capitalized(k) && !NotIntruders.Contains(words[k]) ? k : -1;
    }

    // The word after the verb of getting in, or null: "got in |through", "entered |the kitchen through".
    private static int? Entry(Words words, int i)
    {
        if (words.BreakAfter(i))
        {
            return null;
        }

        if (Moving.Contains(words[i]) && words[i + 1] is "in" or "into" or "inside")
        {
            return i + 2;
        }

        // "found their way in through", "found its way into the cellar through"
        if (words[i] == "found" && words[i + 1] is "their" or "its" && words[i + 2] == "way" && words[i + 3] is "in" or "into" or "inside")
        {
            return i + 4;
        }

        if (Gaining.Contains(words[i]) && words[i + 1] is "access" or "entry")
        {
            return i + 2;
        }

        return Entering.Contains(words[i]) ? i + 1 : null;
    }
}
