using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Whether a count's own clause says what a whole holds or what happened. A stock is the size of a thing the story
/// leaves as it is: "the pen held about 62,000 fish", "the colony numbered 38 birds", "about 1,900 patients are
/// registered at the branch", "the plant employs 600 people", "was home to 45 penguins". An act count is the number an
/// act befell: "21,500 fish escaped", "nine birds have now died", "3,400 people have now signed". The whole and the part
/// that escaped, died or signed are two measures, and a stock says no change, so it is neither a rival of the part
/// nor the earlier side of the part's update. Read from the verb that governs the count (a stative verb of holding,
/// numbering, employing or registering against a past or perfect verb of an act), never from the counted noun: the same
/// fish are held in one clause and escape in another.
/// </summary>
internal static class StockCounts
{
    /// <summary>The count's clause states the size of a whole.</summary>
    public const string Stock = "stock";

    /// <summary>The count's clause tells what an act did to them (escaped, died, signed, were evacuated).</summary>
    public const string Act = "act";

    /// <summary>
    /// <see cref="Stock"/>, <see cref="Act"/> or "" (neither said: "a petition of 1,200 names", "62,000 fish") for the count
    /// <paramref name="span"/> whose counted noun is at <paramref name="head"/> (-1 when none).
    /// </summary>
    public static string Read(Words words, ValueSpan span, int head)
    {
        if (span.Value.Kind != ValueKind.Count)
        {
            return "";
        }

        return Before(words, span.First) ?? After(words, Math.Max(span.Last, head)) ?? "";
    }

    /// <summary>True when one count states a whole and the other what an act did to some of it.</summary>
    public static bool Opposed(string a, string b) => (a == Stock && b == Act) || (a == Act && b == Stock);

    // The verb before the count, its object: "held about 62,000", "numbered 38", "employs 600", "was home to 45", "designed
    // for 630", and a count its owner is said to have ("with its 14 aircraft", "41 of its 58 stores"); "evacuated 74",
    // "lost 142". A participle after an article is an adjective of the figure ("an estimated 600"), not a verb, and a verb
    // whose preposition takes the count moves a measure to it or by it ("reconfigured to 980 seats", "cut by 40"): the
    // size of the whole after a change, not a part an act befell.
    private static string? Before(Words words, int first)
    {
        var governed = true;
        for (var k = first - 1; k >= Math.Max(0, first - 4) && !words.BreakAfter(k); k--)
        {
            var w = words[k];
            if ((w == "to" && words[k - 1] == "home") || (w == "for" && words[k - 1] is "designed" or "built")
                || (k == first - 1 && Possessives.Contains(w)))
            {
                return Stock;
            }

            if (Qualifiers.Contains(w) || AuxiliaryVerbs.Have.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal))
            {
                governed &= w is not ("to" or "by" or "of");
                continue;
            }

            if (HoldingVerbs.Contains(w))
            {
                return Be.Contains(words[k - 1]) ? null : Stock;
            }

            return governed && PastOfAct(w) && !words.BreakAfter(k - 1) && words[k - 1] is not ("a" or "an" or "the") && char.IsLower(words.Tokens[k].Text[0]) ? Act : null;
        }

        return null;
    }

    // The verb after a count that is its clause's subject: "1,900 patients are registered", "600 people work there";
    // "21,500 fish escaped", "nine birds have now died". A perfect ("have registered") is an act of registering. A
    // participle with an infinitive after it ("the crew of 11 were allowed to stay") hands the act to a verb unread here.
    private static string? After(Words words, int last)
    {
        var perfect = false;
        for (var k = last + 1; k < Math.Min(words.Count, last + 5) && !words.BreakAfter(k - 1); k++)
        {
            var w = words[k];
            if (AuxiliaryVerbs.Have.Contains(w))
            {
                perfect = true;
                continue;
            }

            if (Be.Contains(w) || w is "now" or "still" or "also" or "already" or "all"
                || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4))
            {
                continue;
            }

            if (StateParticiples.Contains(w) || PresentStates.Contains(w))
            {
                return perfect && StateParticiples.Contains(w) ? Act : Stock;
            }

            return PastOfAct(w) && char.IsLower(words.Tokens[k].Text[0]) && words[k + 1] != "to" ? Act : null;
        }

        return null;
    }

    private static bool PastOfAct(string w) =>
        (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && w.All(char.IsLetter) && !NotActs.Contains(w)) || IrregularPasts.Contains(w);

    // Every form of "be": "are registered", "was held" (a passive, not the whole's own verb).
    private static readonly FrozenSet<string> Be = AuxiliaryVerbs.Set(AuxiliaryVerbs.FiniteBe, AuxiliaryVerbs.NonFiniteBe);

    // Words between a verb and its count: "held about 62,000", "numbered more than 40", "employs some 600".
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.ToFrozenSet(
        ["about", "around", "some", "nearly", "almost", "over", "under", "more", "than", "fewer", "less", "up", "to", "at", "least",
            "just", "as", "many", "much", "only", "exactly", "precisely", "roughly", "approximately", "close", "not", "a", "an", "the",
            "its", "their", "his", "her", "our", "all", "total", "of", "now", "still", "then"],
        StringComparer.Ordinal);

    // Stative verbs that give a whole's size as their object.
    private static readonly FrozenSet<string> HoldingVerbs = FrozenSet.ToFrozenSet(
        ["hold", "holds", "held", "numbered", "numbers", "houses", "housed", "employs", "employed", "employ", "contains",
            "contained", "seats", "accommodates", "accommodated"],
        StringComparer.Ordinal);

    // Participles of a standing state after a counted subject ("are registered", "employed at the plant").
    private static readonly FrozenSet<string> StateParticiples = FrozenSet.ToFrozenSet(
        ["registered", "enrolled", "employed", "housed", "stocked", "based"], StringComparer.Ordinal);

    // Present-tense verbs of a standing state after a counted subject ("600 people work at the plant", "40 families live").
    private static readonly FrozenSet<string> PresentStates = FrozenSet.ToFrozenSet(
        ["work", "live", "belong"], StringComparer.Ordinal);

    // Words in -ed that are no act done to the counted ("an estimated", "a reported", "a combined", "a named").
    private static readonly FrozenSet<string> NotActs = FrozenSet.ToFrozenSet(
        ["estimated", "reported", "expected", "combined", "projected", "believed", "thought", "registered", "enrolled", "employed",
            "numbered", "housed", "contained", "accommodated", "owned", "based", "listed", "needed", "required", "planned"],
        StringComparer.Ordinal);

    // A count its owner is said to have: the whole the owner holds ("its 58 stores", "their 40 members").
    private static readonly FrozenSet<string> Possessives = FrozenSet.ToFrozenSet(["its", "their", "our"], StringComparer.Ordinal);

    // Verbs of an act the -ed rule misses (irregular pasts, and "died", too short for it), and the present of "affect" ("the
    // delay affects 420 pupils").
    private static readonly FrozenSet<string> IrregularPasts = FrozenSet.ToFrozenSet(
        ["affects", "affecting", "lost", "fled", "left", "fell", "hurt", "stolen", "stole", "taken", "took", "sold", "caught", "swept", "went", "came", "struck",
            "broke", "spent", "slept", "died"],
        StringComparer.Ordinal);
}
