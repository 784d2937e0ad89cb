using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The cause an inquiry is said to pursue: what investigators "are looking at", "are focusing on" or "are examining",
/// when it names a defect ("a crack in an ageing main", "a faulty heat lamp"), a thing said to have done or undergone
/// something ("a forklift that punctured a drum", "a battery that was charging") or a question of what happened
/// ("whether a battery overheated"). Anything else an inquiry examines (footage, the site, a system, the charging bay)
/// is where it looks, not a cause it names, and is not read.
/// </summary>
internal static class InquiryCauses
{
    private static readonly Phrases Attending = new(
        ["looking at", "looking into", "focusing on", "focussing on", "concentrating on", "examining", "investigating"]);

    // Who pursues a cause in news reports; a subject without one ("we are looking at the movements") is not an inquiry's.
    private static readonly FrozenSet<string> Inquirers = FrozenSet.ToFrozenSet(
        ["investigators", "inspectors", "engineers", "detectives", "police", "experts", "officials", "examiners", "specialists",
            "inquiry", "investigation", "investigators'", "regulators", "scientists", "vets", "officers"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(["are", "is", "were", "was", "been", "be"], StringComparer.Ordinal);


    /// <summary>
    /// Words that name a defect or a mishap, nouns and the adjectives of a thing that failed: a general lexicon of how
    /// news words what went wrong.
    /// </summary>
    private static readonly FrozenSet<string> Defects = FrozenSet.ToFrozenSet(
        ["fault", "faults", "faulty", "failure", "failures", "crack", "cracks", "cracked", "corrosion", "corroded", "rust", "rusted",
            "surge", "leak", "leaking", "malfunction", "malfunctioning", "defect", "defective", "damaged", "worn", "broken", "loose",
            "overheating", "overheated", "blocked", "blockage", "fracture", "fractured", "glitch", "error", "breach", "short-circuit"],
        StringComparer.Ordinal);

    /// <summary>Where the cause an inquiry pursues begins, when the words at <paramref name="i"/> say an inquiry is attending to one.</summary>
    public static int? Start(Words words, int i)
    {
        if (Attending.At(words, i) is not { } verb || !Pursued(words, i))
        {
            return null;
        }

        var start = i + Words.WordCount(verb);
        if (words.BreakAfter(start - 1) || start >= words.Count)
        {
            return null;
        }

        if (words[start] == "whether")
        {
            return start + 1 < words.Count && !words.BreakAfter(start) ? start + 1 : null;
        }

        return Names(words, start) ? start : null;
    }

    // "Investigators are looking at", "fire investigators have been focusing on": an inquirer in the clause before an
    // auxiliary right before the verb, however long its subject ("investigators examining the collapse of the roof at
    // the station are looking at"). A participle ("investigators examining the collapse are ...") names the event.
    private static bool Pursued(Words words, int verb)
    {
        var aux = verb - 1;
        if (words[aux] is "now" or "also" or "still" or "currently")
        {
            aux--;
        }

        if (aux < 1 || !Auxiliaries.Contains(words[aux]))
        {
            return false;
        }

        for (var k = aux - 1; k >= 0 && aux - k <= 14 && !words.BreakAfter(k); k--)
        {
            if (Inquirers.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // The phrase names a defect before any clause of its own, or has a clause of its own ("that punctured", "that was
    // charging"): a thing in the story that did or underwent something.
    private static bool Names(Words words, int start)
    {
        for (var k = start; k < words.Count && k - start <= 10; k++)
        {
            if (words[k] is "that" && k > start && !Text.Determiners.ArticlesAndPossessives.Contains(words[k + 1]) && !words.BreakAfter(k))
            {
                return true;
            }

            if (Defects.Contains(words[k]))
            {
                return true;
            }

            if (words.BreakAfter(k) || words[k] is "which" or "who" or "where" or "when")
            {
                return false;
            }
        }

        return false;
    }
}
