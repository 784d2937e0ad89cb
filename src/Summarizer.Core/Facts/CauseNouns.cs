namespace Summarizer.Facts;

/// <summary>
/// Causes <see cref="CauseReader"/> reads from a noun of cause: the complement of "the likely trigger was", "the main
/// reason given for the refusal was", the subject of "was the most likely cause", and the object of "cited X as the
/// main reason".
/// </summary>
internal static class CauseNouns
{
    // "... was the most likely cause", "... were the probable source of the infection": the verb before the noun.
    public static int? LikelyCause(Words words, int noun)
    {
        var k = noun - 1;
        while (k > noun - 4 && words[k] is "most" or "likely" or "probable" or "main" or "suspected" or "real" or "immediate")
        {
            k--;
        }

        return words[k] == "the" && words[k - 1] is "was" or "were" or "is" or "are" or "remains" or "remain" or "remained" ? k - 1 : null;
    }

    // "cited the cost of repairs as the main reason": where "as the ... reason" begins after a short object.
    public static int? CitedReason(Words words, int i)
    {
        for (var k = i + 2; k + 2 < words.Count && k - i <= 14 && !words.BreakAfter(k - 1); k++)
        {
            if (words.At(k, "as the"))
            {
                var noun = words[k + 2] is "main" or "principal" or "chief" or "key" or "only" or "sole" or "primary" ? k + 3 : k + 2;
                return words[noun] is "reason" or "reasons" or "ground" or "grounds" or "cause" ? k : null;
            }
        }

        return null;
    }

    // Where a cause stated as the complement of its noun begins: "the spark was a cell search", "the likely trigger, staff
    // said, was a raid" (one aside set off by commas is passed over); or what an event came of (<see cref="Sequel"/>).
    // Where the object of a verb of sequence begins when it gives what an event came of: "It followed a search of the
    // cells", and the subject that opens the sentence told as what "follows" or "came after" something ("The closure of
    // the mill follows the loss of its biggest order", "The board's decision, made on Friday, came after a fall in
    // bookings"). Not a past "followed" after a noun, which tells a route or a rule ("the crew followed the checklist"),
    // nor a subject inside a reported clause ("said the pod may have followed a sick whale").
    private static int? Sequel(Words words, int i)
    {
        var next = words[i] is "follows" or "followed" ? i + 1 : words[i] is "came" or "comes" && words[i + 1] == "after" ? i + 2 : -1;
        if (next < 1 || next >= words.Count || words.BreakAfter(next - 1) || words[next] is not ("a" or "an" or "the" or "its" or "their"))
        {
            return null;
        }

        if (words[i] is "followed" or "follows" && i > 0 && words[i - 1] is "it" or "this" && (i == 1 || words.BreakAfter(i - 2)))
        {
            return next;
        }

        return words[i] != "followed" && CauseSubjects.Subject(words, i) == 0 && Nominal(words, Head(words, i)) ? next : null;
    }

    // The head of a sentence-opening subject: the word before the first preposition, "to", comma or the verb
    // ("decision" of "The firm's decision to close the plant, announced on Monday, came after").
    private static int Head(Words words, int verb)
    {
        var k = 0;
        while (k + 1 < verb && !words.BreakAfter(k) && words[k + 1] is not ("of" or "to" or "by" or "in" or "at" or "on" or "from" or "for" or "with"))
        {
            k++;
        }

        return k;
    }

    // A noun made from a verb of acting or deciding ("decision", "closure", "announcement", "approval"): an event an
    // institution brings about, which may be said to follow what it came of; a person or thing ("her daughter", "the
    // ambulance") follows only in time or place.
    private static bool Nominal(Words words, int head) =>
        words[head].Length > 5 && (words[head].EndsWith("ion", StringComparison.Ordinal) || words[head].EndsWith("ure", StringComparison.Ordinal)
            || words[head].EndsWith("ment", StringComparison.Ordinal) || words[head].EndsWith("al", StringComparison.Ordinal));

    public static int? Complement(Words words, int i)
    {
        if (Sequel(words, i) is { } came)
        {
            return came;
        }

        // "Their working theory is that a battery pack overheated": the clause is the cause.
        if (words[i] is "theory" or "explanation" && words[i + 1] is "is" or "was" && words[i + 2] == "that" && !words.BreakAfter(i + 2))
        {
            return i + 3;
        }

        // "the likely source was", "the main reason given for the refusal was": a source needs its adjective ("the source
        // was" may be whoever told the story).
        if (words[i] is not ("spark" or "trigger" or "cause" or "source" or "reason") || i == 0
            || words[i - 1] is not ("the" or "likely" or "probable" or "immediate" or "main" or "real" or "principal" or "chief" or "suspected")
            || (words[i] == "source" && words[i - 1] == "the"))
        {
            return null;
        }

        var k = i + 1;
        if (words[k] is "given" or "cited" && words[k + 1] == "for")
        {
            k += 2;
            while (k < words.Count && k - i <= 7 && words[k] is not ("was" or "is") && !words.BreakAfter(k - 1))
            {
                k++;
            }

            return k + 1 < words.Count && words[k] is "was" or "is" && !words.BreakAfter(k - 1) && !words.BreakAfter(k) && words[k + 1] is "a" or "an" or "the" or "its" or "their" ? k + 1 : null;
        }

        if (words.BreakAfter(i) && words.Gap(i).Trim() == ",")
        {
            while (k < words.Count && k - i <= 16 && !words.BreakAfter(k))
            {
                k++;
            }

            k++;
        }

        return k + 1 < words.Count && words[k] is "was" or "is" && words[k + 1] is "a" or "an" or "the" or "its" or "their" && !words.BreakAfter(k) ? k + 1 : null;
    }
}
