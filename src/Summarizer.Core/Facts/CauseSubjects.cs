namespace Summarizer.Facts;

/// <summary>
/// The noun phrases <see cref="CauseReader"/> reads back from a verb: the subject of a causal verb or of blame ("a spark
/// from a grinder started the fire", "the weight of snow that had settled on the roof caused it to give way"), what
/// a passive says the cause caused ("the bloom" of "the bloom has been blamed on"), and the antecedent of a "that"
/// clause of failure ("a hose at the works that split").
/// </summary>
internal static class CauseSubjects
{
    // The subject before a verb at <paramref name="verb"/>: back to the start of its clause ("said", "believe",
    // "that", "when", a comma), no longer than the cap.
    /// <remarks><paramref name="conjunctions"/>: the subject starts after a conjunction that opens its clause ("since
    /// lightning set fire"); off for readers that find the clause's opening themselves.</remarks>
    public static int? Subject(Words words, int verb, bool conjunctions = true)
    {
        if (Asked(words, verb))
        {
            return null;
        }

        var k = Back(words, verb - 1, verb, conjunctions);

        // "..., which had set light to the insulation": the pronoun is this verb's own subject, and what it stands for
        // is the phrase before the comma, read (if it is a cause) where it stands; the clause up to it is no cause.
        if (words[k] is "which" or "who" && k > 0 && words.BreakAfter(k - 1) && !words.BreakAfter(verb - 1))
        {
            return null;
        }

        // A relative clause set off by commas belongs to the subject: "wild geese, which gather on the fields, were".
        if (words[k] is "which" or "who" && k > 0 && words.BreakAfter(k - 1))
        {
            k = Back(words, k - 1, verb, conjunctions);
        }

        // So does a relative clause with "that" ("the weight of snow that had settled on the roof caused it to give way"): a
        // "that" after a noun, not after a verb of saying or finding, whose clause the subject then is.
        else if (k > 1 && words[k - 1] == "that" && !words.BreakAfter(k - 2) && Relative(words, k - 2))
        {
            k = Back(words, k - 2, verb, conjunctions);
        }

        // So does a participle set off by commas: "a lit match, tossed from a car window, was blamed".
        else if (k > 0 && words[k].EndsWith("ed", StringComparison.Ordinal) && words.Gap(k - 1).Trim() == "," && words.BreakAfter(verb - 1) && words.Gap(verb - 1).Trim() == ",")
        {
            k = Back(words, k - 1, verb, conjunctions);
        }

        return k < verb && words[k] is not ("it" or "this" or "which" or "who" or "what") ? k : null;
    }

    // "as questions mounted over what caused it", "it is not yet known what had started the fire": the verb's subject is
    // the question word, so the sentence asks for the cause and names none.
    private static bool Asked(Words words, int verb)
    {
        var k = verb - 1;
        while (k > 0 && words[k] is "had" or "has" or "may" or "might" or "could" or "would" or "really" or "actually" or "first" or "originally" && !words.BreakAfter(k - 1))
        {
            k--;
        }

        return k >= 0 && words[k] is "what" or "whatever";
    }

    // The word before a "that" is a noun the clause tells of ("snow that had settled"), not a verb whose report follows
    // ("found that", "suggests that") nor a word of degree ("so that", "such that").
    private static bool Relative(Words words, int k) =>
        !words.Capitalized(k) && words[k].All(char.IsLetter) && !words[k].EndsWith("ed", StringComparison.Ordinal)
        && words[k] is not ("so" or "such" or "now" or "is" or "are" or "was" or "were" or "be" or "been" or "said" or "say" or "says" or "think" or "believe" or "believes"
            or "suspect" or "suspects" or "found" or "find" or "finds" or "show" or "shows" or "shown" or "suggest" or "suggests" or "claim" or "claims"
            or "insist" or "insists" or "add" or "adds" or "warn" or "warns" or "fear" or "fears" or "hope" or "hopes" or "know" or "knew" or "known"
            or "mean" or "means" or "meant" or "told" or "tell" or "tells" or "fact" or "clear" or "likely" or "possible" or "given" or "ensure" or "understand"
            or "understood" or "thought" or "felt" or "feel" or "feels" or "admit" or "admits" or "confirm" or "confirms" or "accept" or "accepts" or "deny" or "denies"
            // nouns whose "that" tells what was said or thought ("suggestions that a main was to blame")
            or "suggestion" or "suggestions" or "speculation" or "claim" or "reports" or "report" or "rumours" or "rumour" or "fears" or "concerns" or "hopes"
            or "evidence" or "signs" or "sign" or "indications" or "idea" or "view" or "belief" or "theory" or "news" or "warning" or "warnings" or "assurances");

    // A conjunction opens a clause of its own, whose subject starts after it: "donations have poured in since lightning set
    // fire to the spire" gives the lightning, not the donations, as what set the fire. "Since" after an auxiliary is the
    // adverb ("has since agreed"). "After", "before" and "because" are left to the readers of the clauses they open (<see cref="CauseClauses"/>),
    // which read the clause as a whole.
    private static bool Conjunction(Words words, int k) =>
        words[k] is "although" or "though" or "whereas" or "unless" or "while"
        || (words[k] == "since" && !(k > 0 && words[k - 1] is "has" or "have" or "had" or "ever" or "long"));

    private static int Back(Words words, int k, int verb, bool conjunctions = true)
    {
        while (k > 0 && verb - k < CauseReader.MaxWords + 12 && !words.BreakAfter(k - 1)
            && words[k - 1] is not ("said" or "says" or "say" or "believe" or "believed" or "believes" or "think" or "thought" or "suspect" or "that" or "when" or "how")
            && !(conjunctions && Conjunction(words, k - 1)))
        {
            k--;
        }

        return k;
    }

    // "the bloom has been blamed on", "the outage was probably caused by": the head of the passive's subject, what the cause
    // caused; null unless an auxiliary stands right before the cue and the subject is a short noun phrase.
    public static int? EffectHead(Words words, int cue)
    {
        var k = cue - 1;
        if (!(words[k] is "was" or "were" or "is" or "are" or "be" or "been" or "being"))
        {
            return null;
        }

        while (k > 0 && words[k - 1] is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "has" or "have" or "had" or "may" or "might" or "could"
            or "probably" or "likely" or "possibly" or "thought" or "believed" or "to" or "now" or "also" or "largely" or "partly" or "widely" && !words.BreakAfter(k - 1))
        {
            k--;
        }

        var head = k - 1;
        if (head < 1 || words.BreakAfter(head) || !words[head].All(char.IsLetter) || words[head] is "it" or "this" or "that" or "which" or "they" or "who")
        {
            return null;
        }

        // A short noun phrase from its determiner: "the bloom", "Sunday's stoppage", "the council's decision".
        for (var d = head - 1; d >= Math.Max(0, head - 3) && !words.BreakAfter(d); d--)
        {
            if (words[d] is "the" or "a" or "an" or "its" or "their" || Possessive(words[d]))
            {
                return head;
            }
        }

        return null;
    }

    // "a transfer hose at the works that split": the noun phrase before "that", from its article.
    public static int? Antecedent(Words words, int that)
    {
        for (var k = that - 1; k >= 0 && that - k <= 8 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "a" or "an" && !(words[k - 1] is "of"))
            {
                return k;
            }
        }

        return null;
    }

    // "Sunday's", "the council's": a possessive opens a noun phrase as a determiner does.
    public static bool Possessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
}
