using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// How a sentence places its report in time: wording of a change ("has risen to", "revised"), wording that says it is
/// the newer report ("ended the day", "final count"), and dates that say when words were said ("said on Monday").
/// </summary>
internal static class ReportWording
{
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "added", "stated", "warned", "insisted", "explained", "argued", "claimed", "reported", "wrote"], StringComparer.Ordinal);

    private static readonly string[][] UpdateCues = Split(
    [
        "has risen", "have risen", "had risen", "risen to", "rose to", "rising to", "has climbed", "climbed to", "has grown",
        "grown to", "has increased", "increased to", "has reached", "revised", "has been revised", "updated", "latest",
        "now", "has passed", "have now", "up from", "down from", "has fallen", "has jumped", "jumped to", "has doubled",
        "climbed", "mounted", "swelled", "closed up", "closed down", "closed higher", "closed lower", "ended the day", "by the close",
        "at the close", "final count", "final result", "final results", "final tally", "official result", "once all", "has grown to",
        "bringing the number", "bringing the total", "bringing to", "taking the total", "taking the number",
    ]);

    // Of those, the cues that say this report is newer than others of the same day: a comparison with an earlier
    // period ("up from", "down from") or a bare rise ("climbed") says nothing about when the report was made.
    private static readonly string[][] NewerReportCues = Split(
    [
        "has risen", "have risen", "has climbed", "has grown", "has increased", "has reached", "revised", "updated", "latest",
        "now", "has passed", "have now", "has fallen", "has jumped", "has doubled", "closed up", "closed down", "closed higher",
        "closed lower", "ended the day", "by the close", "at the close", "final count", "final result", "final results",
        "final tally", "official result", "once all", "bringing the number", "bringing the total",
        "bringing to", "taking the total", "taking the number", // "bringing to three the number treated"
    ]);

    private static readonly string[][] SinceCues = Split(["has since", "have since"]);

    /// <summary>The sentence reports a change over time ("has risen to", "up from", "now").</summary>
    public static bool WordsAChange(Words words) => HasAny(words, UpdateCues);

    /// <summary>
    /// A change ("has risen to", "now", "has since") is worded in the clause of the figure between tokens
    /// <paramref name="first"/> and <paramref name="last"/>: no clause break stands between the cue and the figure. A
    /// sentence that words a change of one figure often gives another figure beside it in a clause of its own ("the
    /// petition has now passed 9,000 names, two days after the vote"), and that figure did not change.
    /// </summary>
    public static bool WordsAChangeOf(Words words, int first, int last) =>
        InClauseOf(words, UpdateCues, first, last) || InClauseOf(words, SinceCues, first, last);

    private static bool InClauseOf(Words words, string[][] phrases, int first, int last)
    {
        foreach (var phrase in phrases)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (!words.At(i, phrase))
                {
                    continue;
                }

                var cueLast = i + phrase.Length - 1;
                var (from, to) = cueLast < first ? (cueLast, first) : i > last ? (last, i) : (first, first);
                if (!Enumerable.Range(from, to - from).Any(words.BreakAfter))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sentence says it is a newer report than others of its day.</summary>
    public static bool SaysNewer(Words words) => HasAny(words, NewerReportCues);

    /// <summary>
    /// "has since risen to three", "have since been discharged": the report comes after another of the same thing. It
    /// says so of a figure or a state, not of when a past event happened ("tests have since confirmed salmonella in the
    /// outbreak, where 31 fell ill after a lunch on Monday": Monday is no newer date).
    /// </summary>
    public static bool SaysSince(Words words) => HasAny(words, SinceCues);

    /// <summary>A verb of saying follows token <paramref name="last"/> in the same clause ("Staff at the depot said").</summary>
    public static bool SaidRightAfter(Words words, int last) => !words.BreakAfter(last) && SpeechVerbs.Contains(words[last + 1]);

    /// <summary>
    /// A date or time right after a verb of saying ("said on Monday", "told reporters on Tuesday", "said yesterday")
    /// is when the words were said, not when the event they report happened; so is a date in a clause that attributes
    /// another clause's words ("..., the council confirmed on Thursday").
    /// </summary>
    public static bool SpeechDated(Words words, ValueSpan span) => SaidRightBefore(words, span) || SaidInAttribution(words, span);

    private static bool SaidRightBefore(Words words, ValueSpan span)
    {
        var k = words[span.First - 1] is "on" or "at" ? span.First - 2 : span.First - 1;
        for (var back = 0; back < 3 && k - back >= 0 && !words.BreakAfter(k - back); back++)
        {
            if (SpeechVerbs.Contains(words[k - back]))
            {
                // "The fire was reported shortly after 1am": an event that was reported, dated by its alarm, not words said.
                // So is one "first reported" ("the leak was first reported at about 6am").
                var aux = words[k - back - 1] is "first" or "initially" or "originally" or "only" ? k - back - 2 : k - back - 1;
                return !(words[k - back] == "reported" && words[aux] is "was" or "were" or "been");
            }

            if (EventFrames.IsCue(words[k - back]))
            {
                return false;
            }
        }

        return false;
    }

    // Verbs that attribute words to a speaker. Only in an attribution (below) do they date a saying: "the result was
    // confirmed on Monday" dates the act it names. Verbs of publishing ("announced", "declared", "unveiled") are left
    // out: what is announced is often the story's act itself ("the result, the clerk announced at 10am").
    // Verbs of confirming may name an act when passive ("the first case was confirmed on Monday"), so they are not
    // speech verbs right before a date; in an attribution they are.
    private static readonly FrozenSet<string> Attributing = FrozenSet.ToFrozenSet(
        [.. SpeechVerbs, "states", "adds", "reports", "confirmed", "confirms", "admitted", "admits", "acknowledged", "acknowledges"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Passive = FrozenSet.ToFrozenSet(["was", "were", "is", "are", "been", "be", "being"], StringComparer.Ordinal);

    // A preposition that opens a phrase of how or to whom words were made known ("in a statement", "to reporters").
    private static readonly FrozenSet<string> MannerPrepositions = FrozenSet.ToFrozenSet(["in", "to", "via", "through", "during", "at"], StringComparer.Ordinal);

    /// <summary>
    /// A date in the clause that attributes another clause's words ("..., the council confirmed on Thursday", "the club
    /// confirmed on Tuesday that ...", "..., the centre said in a statement on Sunday morning") is when they were made
    /// known: the verb has no object of its own (what it makes known is the other clause), is not passive, and its date
    /// ends its clause or is followed by "that". Read from the clause's shape, whichever verb of saying it uses.
    /// </summary>
    private static bool SaidInAttribution(Words words, ValueSpan span)
    {
        var before = words[span.First - 1] is "on" or "at" or "by" ? span.First - 2 : span.First - 1;
        var end = span.Last + (words[span.Last + 1] is "morning" or "afternoon" or "evening" or "night" ? 1 : 0);
        var endsClause = end + 1 >= words.Count || words.BreakAfter(end) || words[end + 1] == "that";
        if (before < 1 || !endsClause)
        {
            return false;
        }

        // The verb, right before the date or before one phrase of manner ("in a statement", "to reporters").
        for (var verb = before; verb >= Math.Max(1, before - 4); verb--)
        {
            if (words.BreakAfter(verb))
            {
                return false;
            }

            if (!Attributing.Contains(words[verb]))
            {
                continue;
            }

            var noObject = verb == before || MannerPrepositions.Contains(words[verb + 1]);
            return noObject && !Passive.Contains(words[verb - 1]) && (AttributesAnother(words, verb) || words[end + 1] == "that");
        }

        return false;
    }

    // The verb's clause follows another one ("Buses have resumed, the council confirmed"): a comma-set subject of a few
    // words before it, with a clause before that.
    private static bool AttributesAnother(Words words, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 7); k--)
        {
            if (words.BreakAfter(k))
            {
                return k < verb - 1;
            }
        }

        return false;
    }

    private static string[][] Split(string[] phrases) => [.. phrases.Select(p => p.Split(' '))];

    private static bool HasAny(Words words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (words.At(i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
