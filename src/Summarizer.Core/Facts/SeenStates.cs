using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Whether a date's own clause is in the past progressive ("was being held in custody on Saturday night", "businesses
/// were counting the cost on Wednesday", "he was last night being held in a police cell"). That verb group tells a state
/// that held on the day, seen by the outlet as it stood then, not an act done on it: the same custody or clear-up holds on
/// the next day too, and it holds beside the day of the act that began it ("the power cut on Tuesday evening"). So such a
/// day, like "by" a day gone (<see cref="DateTenses.PastLimit"/>), is no second version of the day of an act.
/// </summary>
internal static class SeenStates
{
    // Words a progressive verb group may hold between its "was" and its participle: adverbs of time and degree ("was
    // still being held", "were already counting").
    private static readonly FrozenSet<string> Between = FrozenSet.ToFrozenSet(
        ["on", "still", "already", "also", "then", "now", "again", "yet", "just", "only", "last", "this", "night", "morning", "afternoon", "evening"],
        StringComparer.Ordinal);

    // Words in -ing that are no participle after "was" ("it was morning", "there was nothing").
    private static readonly FrozenSet<string> NotParticiples = FrozenSet.ToFrozenSet(
        ["during", "nothing", "something", "anything", "everything", "morning", "evening", "thing", "king", "ring", "spring", "string", "ceiling", "sterling"],
        StringComparer.Ordinal);

    /// <summary>True when the finite verb group of <paramref name="span"/>'s own clause is "was"/"were" with a participle in -ing.</summary>
    public static bool Holds(Words words, ValueSpan span)
    {
        if (Interrupted(words, span.Last))
        {
            return false; // "was doing laps on Sunday when the boards crashed down": the day of the act that broke in
        }

        for (var k = span.First - 1; k >= 0 && !words.BreakAfter(k) && !WeekdayTense.Joins.Contains(words[k]); k--)
        {
            if (words[k] is "was" or "were")
            {
                return Progressive(words, k, span);
            }
        }

        // A fronted date ("On Saturday night police were still searching the moor") is dated by the verb group after it.
        for (var k = span.Last + 1; k < words.Count && !words.BreakAfter(k - 1) && !WeekdayTense.Joins.Contains(words[k]); k++)
        {
            if (words[k] is "was" or "were")
            {
                return Progressive(words, k, span);
            }
        }

        return false;
    }

    // A "when" clause after the date tells the act that broke into the state ("were queuing on Saturday when the roof
    // fell"): the progressive sets the scene of that act, and the day is the act's.
    private static bool Interrupted(Words words, int last)
    {
        for (var k = last + 1; k < words.Count; k++)
        {
            if (words[k] == "when")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Progressive(Words words, int finite, ValueSpan span)
    {
        for (var j = finite + 1; j < words.Count && j <= finite + 6; j++)
        {
            if ((j >= span.First && j <= span.Last) || Between.Contains(words[j]) || (words[j].Length > 4 && words[j].EndsWith("ly", StringComparison.Ordinal)))
            {
                continue;
            }

            var word = words[j];
            return word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && word.All(char.IsLetter) && !NotParticiples.Contains(word) && !words.Capitalized(j);
        }

        return false;
    }
}
