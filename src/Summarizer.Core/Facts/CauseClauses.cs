using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The weak telling of a cause: a clause after "after" or "because" with no word of cause ("the shop was closed after
/// mouse droppings were found", "the alarm stayed silent because the gang cut the phone line", "cancelled after a
/// landslip on the line"). News tells most reasons this way, but "after" also tells plain sequence and "because" the
/// reasons for lesser acts, so a weak cause is only the outlet's version where it explains the same effect as a cause
/// another outlet gives (see <c>CauseFinder</c>).
/// </summary>
internal static class CauseClauses
{
    // Words before "after" that make it a measure of time, not a link of cause: "shortly after", "minutes after".
    private static readonly FrozenSet<string> Gaps = FrozenSet.ToFrozenSet(
        ["shortly", "soon", "just", "long", "straight", "immediately", "moments", "minutes", "seconds", "hours", "right", "not", "only", "even", "day", "night", "morning", "the"],
        StringComparer.Ordinal);

    // Heads of a span of time or a day: "after two hours", "after midnight", "after a week" say when, not why. The duration
    // units and general calendar vocabulary, written without reference to any case.
    private static readonly FrozenSet<string> Times = FrozenSet.ToFrozenSet(
        Units.Durations.Keys.Concat(
        [
            "night", "nights", "morning", "afternoon", "evening", "midnight", "noon", "dawn", "dusk", "weekend", "season", "spell", "while", "time",
            "period", "lunch", "dinner", "breakfast", "christmas", "easter", "summer", "winter", "spring", "autumn",
        ]),
        StringComparer.Ordinal);

    // Subjects that open a clause: "after it lost power", "after she turned her ankle" (possessives, "after its roof
    // fell in", are Determiners.ArticlesAndPossessives).
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["it", "he", "she", "they", "we", "i"], StringComparer.Ordinal);

    /// <summary>
    /// The cause phrase opened by "after" or "because" at <paramref name="i"/>, or null: a clause with its own subject and
    /// a past verb ("after a gate was left open", "because the thieves cut the line"), or after "after" an indefinite noun
    /// phrase ("after a landslip on the line", "after two days of heavy rain") or a nominalised event ("after the collapse of
    /// its tour operator"). A clause must stand before it, which is what the cause explains.
    /// </summary>
    public static CauseSpan? At(Words words, int i, Func<Words, int, bool, int> end)
    {
        if (words[i] is not ("after" or "because") || i < 2 || i + 2 >= words.Count || words.BreakAfter(i) || Gaps.Contains(words[i - 1]))
        {
            return null;
        }

        var start = i + 1;
        if ((words[i] == "because" && words[start] == "of") || words[start] is "every" or "each" or "any")
        {
            return null; // "after every spell of wind" tells a habit, not what happened this time
        }

        if (Clause(words, start))
        {
            return new CauseSpan(start, end(words, start, true), Inferred: true, Weak: true);
        }

        return words[i] == "after" && Phrase(words, start) ? new CauseSpan(start, end(words, start, true), Inferred: true, Weak: true) : null;
    }

    // A subject and then, within a few words, a past verb: "a course marker was blown over", "she turned her ankle".
    private static bool Clause(Words words, int start)
    {
        var subject = words[start];
        if (!(subject is "a" or "an" or "the" || Pronouns.Contains(subject) || Text.Determiners.ArticlesAndPossessives.Contains(subject)
              || (!words.Capitalized(start) && subject.All(c => char.IsLetter(c) || c == '-') && !Text.Stopwords.English.Contains(subject))))
        {
            return false;
        }

        for (var k = start + 1; k < words.Count && k - start <= 6 && !words.BreakAfter(k - 1); k++)
        {
            if (WeekdayTense.Past(words, k) && words[k] is not ("said" or "told"))
            {
                // the subject's head before the verb is no time word ("after a week had passed")
                return !Times.Contains(words[k - 1]);
            }
        }

        return false;
    }

    // "a landslip on the line", "two days of heavy rain", "the collapse of its operator": an event named by a noun.
    private static bool Phrase(Words words, int start)
    {
        if (words[start] is "a" or "an")
        {
            return !Times.Contains(words[start + 1]) && !(start + 2 < words.Count && Times.Contains(words[start + 2]) && words[start + 3] != "of");
        }

        // "two days of heavy rain", "weeks of rain": a span of time is a cause only as a span of something
        if (Times.Contains(words[start]) || (start + 1 < words.Count && Times.Contains(words[start + 1])))
        {
            var head = Times.Contains(words[start]) ? start : start + 1;
            return head + 2 < words.Count && words[head + 1] == "of" && !words.BreakAfter(head);
        }

        // "the collapse of", "the loss of": a definite event noun with what it befell
        return words[start] == "the" && start + 2 < words.Count && words[start + 2] == "of" && !words.BreakAfter(start + 1)
            && words[start + 1].Length > 3 && words[start + 1].All(char.IsLetter) && !Times.Contains(words[start + 1])
            && words[start + 1] is not ("end" or "start" or "beginning" or "middle" or "rest" or "first" or "last" or "day" or "night" or "death" or "sale" or "opening" or "close");
    }
}
