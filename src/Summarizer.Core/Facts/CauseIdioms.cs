using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Idioms of cause news English uses besides the causal verbs <see cref="CauseReader"/> reads: blame laid or pinned on a
/// thing ("laid much of the blame on business rates", "pinned the problems on a fault"), and a change "driven by" what
/// brought it about ("the change was driven by falling student numbers"). Each returns where the cause phrase begins, or null.
/// </summary>
internal static class CauseIdioms
{
    // Verbs that lay blame on something: "laid the blame on", "put much of the blame on", "placed the blame on".
    private static readonly FrozenSet<string> Layers = FrozenSet.ToFrozenSet(
        ["laid", "lays", "lay", "laying", "put", "puts", "putting", "placed", "places", "placing", "pinned", "pins", "pin", "pinning"], StringComparer.Ordinal);

    // Verbs of pinning, whose object is what went wrong even without the word "blame": "pinned the problems on a fault".
    private static readonly FrozenSet<string> Pinning = FrozenSet.ToFrozenSet(["pinned", "pins", "pin", "pinning"], StringComparer.Ordinal);

    // How much of the blame: "much of the blame", "most of the blame", "part of the blame".
    private static readonly FrozenSet<string> Shares = FrozenSet.ToFrozenSet(
        ["the", "much", "most", "some", "part", "all", "its", "their", "of", "it", "this", "responsibility", "problems", "problem", "failure", "fault", "delay", "delays", "loss", "losses"],
        StringComparer.Ordinal);

    /// <summary>"laid much of the blame on X", "pinned the problems on X": where X begins.</summary>
    public static int? LaidOn(Words words, int i)
    {
        if (!Layers.Contains(words[i]) || i == 0 || words[i - 1] is "was" or "were" or "is" or "are" or "be" or "been" or "being")
        {
            return null;
        }

        var blame = false;
        for (var k = i + 1; k < words.Count && k - i <= 7 && !words.BreakAfter(k - 1); k++)
        {
            blame |= words[k] == "blame";
            if (words[k] == "on" && k > i + 1 && (blame || Pinning.Contains(words[i])))
            {
                // "on" must open a thing, not a day: "pinned the notice on Monday" says when.
                return k + 1 < words.Count && !words.BreakAfter(k) && !SaysADay(words, k + 1)
                    && (blame || Text.Determiners.ArticlesAndPossessives.Contains(words[k + 1])) ? k + 1 : null;
            }

            if (words[k] != "blame" && !Shares.Contains(words[k]) && !(k == i + 1 && Text.Determiners.ArticlesAndPossessives.Contains(words[k])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "the change was driven by falling student numbers": a change, decision or trend said to be driven by something. Not
    /// a vehicle or a person driven by someone ("the car was driven by a 45-year-old man", "driven by Storm Edda"): the
    /// phrase's head is no person, and it holds no name or figure.
    /// </summary>
    public static int? DrivenBy(Words words, int i)
    {
        if (words[i] != "driven" || words[i + 1] != "by" || i == 0 || words[i - 1] is not ("was" or "were" or "is" or "are" or "been" or "being" or "largely" or "mainly" or "partly" or "chiefly")
            || words.BreakAfter(i) || words.BreakAfter(i + 1) || i + 2 >= words.Count)
        {
            return null;
        }

        var head = i + 2;
        for (var k = i + 2; k < words.Count && k - i <= 6; k++)
        {
            if (words.Capitalized(k) || char.IsDigit(words[k][0]) || words[k].EndsWith("-old", StringComparison.Ordinal) || words[k] is "his" or "her" or "their" or "him" or "them")
            {
                return null;
            }

            if (words[k] is "of" or "in" or "at" or "on" or "from" or "with" or "who" or "which" or "that" or "and")
            {
                break;
            }

            head = k;
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return MeasureClasses.Of(words[head]) == MeasureClasses.Persons ? null : i + 2;
    }

    // "on Monday", "on Monday's", "on today": the day something happened, not what it was pinned on.
    private static bool SaysADay(Words words, int i) =>
        CalendarWords.WeekdayAt(words, i) is not null || words[i] is "today" or "yesterday" or "tomorrow";
}
