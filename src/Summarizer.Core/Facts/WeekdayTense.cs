using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Whether a weekday said alone ("on Saturday") is the coming one or the last one, read from the verb of its own clause
/// rather than from any word of the sentence: "remains in hospital after being injured on Saturday" and "will stay closed
/// after asbestos was found on Monday" date the past, though the sentence also says "from Trevanna" or "will". A news
/// report's weekday is dated by the verb it modifies, which mostly comes before it ("closed its gates on Monday"); a
/// fronted weekday ("On Monday, drivers will walk out") is dated by the verb after it.
/// </summary>
internal static class WeekdayTense
{
    // How English tells a coming event: auxiliaries and words of schedule. Checked before the past forms, since
    // "expected", "scheduled" and "planned" end as past participles do.
    private static readonly FrozenSet<string> Coming = FrozenSet.ToFrozenSet(
        ["will", "shall", "due", "expected", "scheduled", "planned", "plans", "intends", "next", "upcoming"], StringComparer.Ordinal);

    // Auxiliaries and common irregular past forms of how news tells what happened.
    private static readonly FrozenSet<string> Happened = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "did", "has", "have", "been", "went", "came", "broke", "fell", "began", "took", "taken", "sat", "met",
         "said", "told", "made", "held", "left", "saw", "seen", "won", "lost", "gave", "given", "got", "ran", "struck", "found",
         "sent", "spent", "stood", "brought", "caught", "drew", "flew", "rose", "sank", "tore", "woke", "wrote", "became", "hit",
         "put", "shut", "led", "read", "heard", "felt", "kept", "paid", "sold", "bought", "fought", "swept", "threw", "thrown", "hurt"],
        StringComparer.Ordinal);

    /// <summary>Words that open another clause: a verb or date beyond them belongs to that clause (<see cref="ScheduledDays"/> too).</summary>
    internal static readonly FrozenSet<string> Joins = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "as", "after", "before", "when", "because", "although", "though", "which", "who", "where", "since", "until"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the clause of the weekday at <paramref name="i"/> tells a coming event, false when it tells a past one,
    /// null when its clause has no verb that says (the caller then reads the sentence).
    /// </summary>
    public static bool? Ahead(Words words, int i)
    {
        for (var k = i - 1; k >= 0 && !words.BreakAfter(k) && !Joins.Contains(words[k]); k--)
        {
            if (AsScheduled(words, k))
            {
                k--; // "went ahead as planned on Thursday": the schedule kept is told by the verb before it
                continue;
            }

            if (Tense(words, k) is { } tense)
            {
                return tense;
            }
        }

        for (var k = i + 1; k < words.Count && !words.BreakAfter(k - 1) && (!Joins.Contains(words[k]) || AsScheduled(words, k + 1)); k++)
        {
            if (words[k] == "as" && AsScheduled(words, k + 1))
            {
                k++;
                continue;
            }

            if (Tense(words, k) is { } tense)
            {
                return tense;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the clause of the weekday at <paramref name="i"/> is in the past perfect ("had received 126 calls by
    /// Wednesday", "By Friday the appeal had raised"): what it tells was reached by that day, so a deadline's day is gone.
    /// </summary>
    public static bool PastPerfect(Words words, int i)
    {
        for (var k = i - 1; k >= 0 && !words.BreakAfter(k) && !Joins.Contains(words[k]); k--)
        {
            if (words[k] == "had")
            {
                return true;
            }
        }

        for (var k = i + 1; k < words.Count && !words.BreakAfter(k - 1) && !Joins.Contains(words[k]); k++)
        {
            if (words[k] == "had")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="k"/> is a past form or an auxiliary of one ("was", "had", "broke", "closed").</summary>
    public static bool Past(Words words, int k) => Tense(words, k) == false;

    // "as planned", "as scheduled", "as expected": a comparison with the plan, which says nothing of the clause's tense.
    private static bool AsScheduled(Words words, int k) =>
        k > 0 && words[k - 1] == "as" && words[k] is "planned" or "scheduled" or "expected" or "intended";

    private static bool? Tense(Words words, int k)
    {
        var word = words[k];
        if (Coming.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal) || (word == "set" && words[k + 1] == "to"))
        {
            return true;
        }

        // A lower-case past form ("closed", "approved", "injured"), not a noun that only ends so ("speed", "hundred").
        return Happened.Contains(word)
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && word != "hundred"
                && word.All(char.IsLetter) && !words.Capitalized(k))
            ? false
            : null;
    }
}
