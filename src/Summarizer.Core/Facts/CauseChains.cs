namespace Summarizer.Facts;

/// <summary>
/// A cause told as a thing with what had happened to it, an earlier link of one chain: "a tree brought down by high winds
/// crushed the fence", "a culvert blocked by debris had sent the stream over the road". The thing, with its agent, is the
/// outlet's cause (the winds alone did not crush the fence); it is read when the phrase is the subject of a verb that did
/// the harm. So is the first of two things set against each other before such a verb: "an unlocked gate, not the storm,
/// let the animals out", "it was the battery, not the charger, that started the fire".
/// </summary>
internal static class CauseChains
{
    // Participles of harm done to a thing, before "by" and their agent.
    private static readonly Phrases Harmed = new(
    [
        "brought down", "blown down", "knocked down", "knocked over", "blocked", "clogged", "choked", "damaged", "weakened", "loosened",
        "dislodged", "torn off", "torn down", "uprooted", "toppled", "felled", "undermined", "eroded", "corroded", "holed", "punctured",
        "breached", "cracked", "split", "swept away", "washed away", "snapped",
    ]);

    // Verbs of what the harmed thing then did: "crushed the fence", "had sent the beck over the top", "let the water in".
    private static readonly Phrases Did = new(
    [
        "had", "has", "crushed", "sent", "let", "caused", "smashed", "struck", "hit", "fell", "landed", "flattened", "knocked",
        "tore", "ripped", "punched", "blocked", "diverted", "flooded", "forced", "pushed", "broke", "brought", "damaged", "cut", "severed",
        "sparked", "started", "triggered",
    ]);

    // Predicates of cause for a contrast's subject: "a loose cable, not the rain, was to blame", "... let the water in";
    // not any verb, as "the mayor, not her deputy, sent the letter" sets two people against each other.
    private static readonly Phrases Caused = new(
    [
        "was to blame", "were to blame", "was responsible", "were responsible", "was behind", "were behind", "was the cause", "let", "allowed",
        "caused", "sparked", "triggered", "set off", "started the fire", "started the blaze", "brought down", "crushed", "flooded",
    ]);

    // Words between a determiner and the participle that show the phrase is no noun phrase of its own: "the gate was
    // blocked by", "its path had been damaged by".
    private static readonly Phrases Verbal = new(
        ["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "got", "get", "gets", "getting", "became", "become", "left", "thought", "believed"]);

    /// <summary>The span of a harmed thing and its agent whose participle stands at <paramref name="i"/>, or null.</summary>
    public static CauseSpan? At(Words words, int i)
    {
        if (i == 0 || Harmed.At(words, i) is not { } harm || !words.At(i + Words.WordCount(harm), "by") || words.BreakAfter(i - 1))
        {
            return null;
        }

        var agent = i + Words.WordCount(harm) + 1;
        if (words.BreakAfter(agent - 1) || Determiner(words, i) is not { } first)
        {
            return null;
        }

        for (var k = agent + 1; k < words.Count && k - agent <= CauseReader.MaxWords && !words.BreakAfter(k - 1); k++)
        {
            // "had sent", not "had to be demolished": the auxiliary counts with a verb of harm after it.
            if (Did.At(words, k) is { } did && (did is not ("had" or "has") || (Did.At(words, k + 1) is { } next && next is not ("had" or "has"))))
            {
                return new CauseSpan(first, k - 1);
            }
        }

        return null;
    }

    /// <summary>The cause an outlet sets against a denied one ("an unlocked gate, not the storm, let them out"), whose
    /// noun phrase opens at <paramref name="i"/>, or null.</summary>
    public static CauseSpan? Contrast(Words words, int i)
    {
        if (words[i] is not ("a" or "an" or "the" or "its" or "their") || !(i == 0 || words.BreakAfter(i - 1) || words[i - 1] is "that" or "said" or "was" or "were"))
        {
            return null;
        }

        // "rather than" sets the denied cause off as "not" does ("a fallen tree, rather than an open gate, let them out"); the
        // phrase may carry its own relative clause ("a fallen tree that flattened the fence, rather than ..."), whose noun
        // phrase before "that" is what the cause is.
        var last = Comma(words, i, 12);
        if (last is not { } x || x + 2 >= words.Count)
        {
            return null;
        }

        var denied = words[x + 1] == "not" ? x + 1 : words.At(x + 1, "rather than") ? x + 2 : -1;
        if (denied < 0 || (x - i >= 8 && denied == x + 1) || Comma(words, denied, 6) is not { } y)
        {
            return null;
        }

        var relative = Enumerable.Range(i + 2, Math.Max(0, x - i - 2)).FirstOrDefault(k => words[k] is "that" or "which", -1);
        var verb = words[y + 1] is "that" or "which" ? y + 2 : y + 1;
        return verb < words.Count && Caused.At(words, verb) is { } caused && !PeopleMoved(words, verb, caused)
            ? new CauseSpan(i, x, CoreLast: relative > 0 ? relative - 1 : null) : null;
    }

    // "brought down the last passengers", "let the crew off": a verb of moving or letting whose object is people tells who
    // carried or let them (a rescue, a release), not what did the harm, which a thing brought down or let in is.
    private static bool PeopleMoved(Words words, int verb, string caused)
    {
        if (caused is not ("brought down" or "let" or "allowed"))
        {
            return false;
        }

        // The object's noun phrase: its head within three words ("the last passengers"), before a break.
        var from = verb + Words.WordCount(caused);
        for (var k = from; k < words.Count && k - from < 3; k++)
        {
            if (MeasureClasses.Of(words[k]) == MeasureClasses.Persons)
            {
                return true;
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return false;
    }

    // The word before the first comma within <paramref name="most"/> words of <paramref name="start"/>, or null at any
    // other break.
    private static int? Comma(Words words, int start, int most)
    {
        for (var k = start; k + 1 < words.Count && k - start < most; k++)
        {
            if (words.BreakAfter(k))
            {
                return words.Gap(k).Trim() == "," ? k : null;
            }
        }

        return null;
    }

    // "a tree", "a large branch": the determiner of the short noun phrase right before the participle.
    private static int? Determiner(Words words, int participle)
    {
        for (var k = participle - 1; k >= 0 && participle - k <= 5; k--)
        {
            if (Verbal.At(words, k) is not null || (k < participle - 1 && words.BreakAfter(k)))
            {
                return null;
            }

            if (words[k] is "a" or "an" or "the" or "its" or "their" or "his" or "her" || CauseSubjects.Possessive(words[k]))
            {
                return k;
            }
        }

        return null;
    }
}
