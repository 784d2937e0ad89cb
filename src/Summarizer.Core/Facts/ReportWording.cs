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

    private static readonly Phrases UpdateCues = new(
    [
        "has risen", "have risen", "had risen", "risen to", "rose to", "rising to", "has climbed", "climbed to", "has grown",
        "grown to", "has increased", "increased to", "has reached", "revised", "has been revised", "updated", "latest",
        "now", "has passed", "have now", "up from", "down from", "has fallen", "has jumped", "jumped to", "has doubled",
        "climbed", "mounted", "swelled", "closed up", "closed down", "closed higher", "closed lower", "ended the day", "by the close",
        "at the close", "final count", "final result", "final results", "final tally", "official result", "once all", "has grown to",
        "bringing the number", "bringing the total", "bringing to", "taking the total", "taking the number",
        // A fall to a figure up to now is told as a rise is ("have fallen to 35" as "have risen to 14"). Only with "to":
        // "have fallen by 41% over five years" gives the size of a change over a period, not where a figure stands now.
        "have fallen to", "has dropped to", "have dropped to",
    ]);

    // A running total told "so far", "to date" or "thus far" (an appeal that "has so far raised £95,000") is the figure
    // at the hour of its report, not its final one: a later report's other total is the count moved on. Only counts and
    // sums run up so: "the youngest treated so far is five" says nothing of a change.
    private static readonly Phrases RunningTotalCues = new(["so far", "to date", "thus far"]);

    // Of those, the cues that say this report is newer than others of the same day: a comparison with an earlier
    // period ("up from", "down from") or a bare rise ("climbed") says nothing about when the report was made.
    private static readonly Phrases NewerReportCues = new(
    [
        "has risen", "have risen", "has climbed", "has grown", "has increased", "has reached", "revised", "updated", "latest",
        "now", "has passed", "have now", "has fallen", "has jumped", "has doubled", "closed up", "closed down", "closed higher",
        "closed lower", "ended the day", "by the close", "at the close", "final count", "final result", "final results",
        "final tally", "official result", "once all", "bringing the number", "bringing the total",
        "bringing to", "taking the total", "taking the number", // "bringing to three the number treated"
        "have fallen to", "has dropped to", "have dropped to",
    ]);

    private static readonly Phrases SinceCues = new(["has since", "have since"]);

    // How a report tells the outcome of something that ran its course: "paramedics ended up treating five riders", "the
    // appeal ended up raising £9,000". The figure is where a tally finished, so a later report's outcome moves on a count
    // an earlier report made while things still ran (three treated "by late evening"). Not the discourse "in the end",
    // which often closes an account of one moment ("in the end more than 200 shoppers were moved to safety").
    private static readonly Phrases OutcomeCues = new(["ended up"]); // done: "could end up costing" is no outcome yet

    /// <summary>The sentence reports a change over time ("has risen to", "up from", "now").</summary>
    public static bool WordsAChange(Words words) => HasAny(words, UpdateCues);

    /// <summary>The sentence gives a total as it stands at the hour of the report ("has so far raised", "to date").</summary>
    public static bool WordsARunningTotal(Words words) => HasAny(words, RunningTotalCues) || ByAnHour(words);

    // Parts of a day a count may be told to have reached "by" ("by last night", "by this morning", "by late evening").
    private static readonly FrozenSet<string> DayParts = FrozenSet.ToFrozenSet(
        ["morning", "afternoon", "evening", "night", "tonight", "midday", "noon", "lunchtime", "teatime", "mid-morning", "mid-afternoon", "nightfall"],
        StringComparer.Ordinal);

    // "By last night, 19 people had needed hospital treatment", "a petition had gathered 900 signatures by Wednesday
    // afternoon": a count told as it stood by an hour of a day is a tally at that hour, as one "so far" is; a later
    // report's other count is the tally moved on. "by" then at most two words ("last", "late", "this", a weekday) before
    // the part of the day, in one clause.
    private static bool ByAnHour(Words words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] != "by")
            {
                continue;
            }

            for (var k = i + 1; k <= i + 3 && k < words.Count && !words.BreakAfter(k - 1); k++)
            {
                if (DayParts.Contains(words[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sentence tells the outcome of something that ran its course ("ended up treating").</summary>
    public static bool WordsAnOutcome(Words words) => HasAny(words, OutcomeCues);

    /// <summary>
    /// The outcome is told in the clause of the figure between tokens <paramref name="first"/> and <paramref name="last"/>
    /// ("paramedics ended up treating five riders"): a figure of another clause of the sentence finished nothing ("the wheel
    /// stopped at 8.15pm with 46 people aboard, and it ended up in the sea" gives no final count of 46).
    /// </summary>
    public static bool WordsAnOutcomeOf(Words words, int first, int last) => InClauseOf(words, OutcomeCues, first, last);

    /// <summary>
    /// A change ("has risen to", "now", "has since") is worded in the clause of the figure between tokens
    /// <paramref name="first"/> and <paramref name="last"/>: no clause break stands between the cue and the figure. A
    /// sentence that words a change of one figure often gives another figure beside it in a clause of its own ("the
    /// petition has now passed 9,000 names, two days after the vote"), and that figure did not change.
    /// </summary>
    public static bool WordsAChangeOf(Words words, int first, int last) =>
        InClauseOf(words, UpdateCues, first, last) || InClauseOf(words, SinceCues, first, last);

    private static bool InClauseOf(Words words, Phrases cues, int first, int last)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var cue in cues.AllAt(words, i))
            {
                var cueLast = i + Words.WordCount(cue) - 1;
                var (from, to) = cueLast < first ? (cueLast, first) : i > last ? (last, i) : (first, first);
                if (!Enumerable.Range(from, to - from).Any(words.BreakAfter))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Verbs and particles that move a measure up or down to a figure ("has risen to", "has been widened to", "revised up
    // to", "had fallen to"). General news vocabulary of change, not words of any story.
    private static readonly FrozenSet<string> Rises = FrozenSet.ToFrozenSet(
        ["risen", "rose", "rises", "rising", "climbed", "grown", "grew", "increased", "passed", "topped", "reached", "swelled", "swollen",
         "jumped", "doubled", "trebled", "tripled", "widened", "extended", "raised", "up", "exceeded", "surpassed", "mounted", "soared",
         "bringing", "taking"],
        StringComparer.Ordinal);

    // Verbs that take a figure as the level reached, not as the size of a move ("topped 40C", "passed 2,000").
    private static readonly FrozenSet<string> Reaching = FrozenSet.ToFrozenSet(
        ["passed", "topped", "reached", "exceeded", "surpassed"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Falls = FrozenSet.ToFrozenSet(
        ["fallen", "fell", "falls", "falling", "dropped", "down", "reduced", "eased", "shrunk", "shrank", "dwindled", "lowered", "narrowed"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["for", "in", "on", "at", "with", "by", "over", "after", "before", "across", "among", "between", "during", "within"], StringComparer.Ordinal);

    // How far back in its clause the verb of change may stand: past an object ("has raised the number of homes it plans
    // at the club to 420").
    private const int ChangeReach = 12;

    // How far back a clause's subject may reach: "the number of families moved out of their homes while repairs are carried
    // out has risen to 31".
    private const int ClauseReach = 24;

    /// <summary>
    /// The figure at token <paramref name="first"/> is where its clause moves a measure to: +1 when a verb of rising stands
    /// before it in the clause and the figure follows "to" or the verb ("has risen to 31", "has now passed 2,000"), -1 for
    /// one of falling ("had fallen to 23"), 0 for a change worded with no direction ("now stands at 3,150", "now number 19",
    /// given by <paramref name="changeWorded"/>); null when the clause moves nothing to it.
    /// </summary>
    public static int? MovedTo(Words words, int first, bool changeWorded, bool measured = false)
    {
        var direction = 0;
        var verb = -1;
        for (var k = first; k >= Math.Max(0, first - ChangeReach) && (k == first || !words.BreakAfter(k)); k--)
        {
            if ((Rises.Contains(words[k]) || Falls.Contains(words[k])) && !Cap(words, k))
            {
                direction = Rises.Contains(words[k]) ? 1 : -1;
                verb = k;
                break;
            }
        }

        // "fell 11.6 metres from the frame", "the river rose two metres overnight": a measure right after a verb of
        // motion, with no "to", is how far the thing moved (or the size of the move), not where a figure now stands.
        // Verbs of reaching keep it a level ("temperatures topped 40C").
        if (measured && direction != 0 && words[first - 1] is not "to" && !Reaching.Contains(words[verb]))
        {
            direction = 0;
        }

        if (words[first - 1] is "from" or "of")
        {
            return null; // "up from 14", "a rise of 8": the figure the change left, or its size
        }

        if (words[first - 1].EndsWith("'s", StringComparison.Ordinal) || (Prepositions.Contains(words[first - 1]) && words[first - 1] != "to"))
        {
            changeWorded = false; // "bookings for the trust's two open days have risen": the figure names what changed, it is not the change
        }

        // The figure ends the change: "to 31", or right after the verb ("has passed 2,000", "topped 2,300"; a verb read as
        // the figure's own qualifier, "passed 2,000 names", is the figure's first word).
        var endsIt = words[first - 1] is "to" || (direction != 0 && (Rises.Contains(words[first - 1]) || Falls.Contains(words[first - 1])
            || Rises.Contains(words[first]) || Falls.Contains(words[first])));
        return direction != 0 && endsIt ? direction : changeWorded ? 0 : null;
    }

    // "up to 40 posts" is a cap unless a verb moves the figure there ("revised up to 52", "gone up to 22").
    private static bool Cap(Words words, int k) =>
        words[k] is "up" or "down" && words[k + 1] == "to" && !(words[k - 1].EndsWith("ed", StringComparison.Ordinal) || words[k - 1] is "gone" or "went");

    /// <summary>
    /// The words of the clause that holds token <paramref name="first"/>, from its start to token <paramref name="last"/>
    /// (at most <see cref="ClauseReach"/> words before), lower case: what a change worded there is of.
    /// </summary>
    public static IReadOnlyList<string> ClauseUpTo(Words words, int first, int last)
    {
        var start = first;
        while (start > 0 && first - start < ClauseReach && !words.BreakAfter(start - 1))
        {
            start--;
        }

        return [.. Enumerable.Range(start, Math.Max(0, last - start + 1)).Select(k => words[k])];
    }

    // Verbs that tell where a figure stood when something ended: "shares closed 14 per cent higher", "ended the day 3% down".
    private static readonly FrozenSet<string> Closings = FrozenSet.ToFrozenSet(["closed", "ended", "finished"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(["higher", "lower", "up", "down"], StringComparer.Ordinal);

    // How far a closing verb's direction may stand from it: past a figure and its unit ("closed 14 per cent higher").
    private const int ClosingReach = 6;

    /// <summary>
    /// The sentence gives a figure as where a market ended its day: the close with its move ("closed 14 per cent higher",
    /// "ended 4.1% lower"), as "closed up" already says. News tells the settled figure this way after the morning's moves,
    /// so it is the newer report of that figure. Said of figures only: a date or a time in such a sentence says when, not
    /// where a value moved.
    /// </summary>
    public static bool WordsAFinalFigure(Words words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Closings.Contains(words[i]))
            {
                continue;
            }

            var figure = false;
            for (var k = i + 1; k <= i + ClosingReach && k < words.Count && !words.BreakAfter(k - 1); k++)
            {
                if (char.IsDigit(words.Tokens[k].Text[0]))
                {
                    figure = true;
                }
                else if (Directions.Contains(words[k]))
                {
                    if (figure)
                    {
                        return true;
                    }

                    break; // "closed up 1.2%" is a cue of its own; "closed down the plant" is no move of a figure
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

    // Verbs that move a planned day to another: "put back to June", "postponed until Friday", "brought forward to
    // Monday". General news vocabulary of rescheduling, as Rises and Falls are of a figure's change.
    private static readonly string[] MovedDayWords =
        ["put back", "pushed back", "moved back", "set back", "brought forward", "moved forward", "put off", "postponed", "delayed",
         "deferred", "rescheduled"];

    private static readonly Phrases MovedDayCues = new(MovedDayWords);

    // The most words a rescheduling verb is written in: a cue ending at a word can only start this far back.
    private static readonly int MovedDayCueWords = MovedDayWords.Max(Words.WordCount);

    // The prepositions that give the day such a verb moves a plan to.
    private static readonly FrozenSet<string> MovedToPrepositions = FrozenSet.ToFrozenSet(["to", "until", "till", "for"], StringComparer.Ordinal);

    // Comparatives that measure a day against another ("two months later than agreed", "a week earlier than planned").
    private static readonly FrozenSet<string> DayComparatives = FrozenSet.ToFrozenSet(["later", "earlier", "sooner"], StringComparer.Ordinal);

    /// <summary>
    /// The date <paramref name="span"/> is a planned day moved to another: a verb of rescheduling governs it through its
    /// preposition ("the levy was put back to 1 June", "postponed until Friday"), or an apposition measures it against the
    /// day first planned ("will not start until 1 June, two months later than agreed"). Such a day is the newer report of
    /// when the act is due, as "has risen to" marks a newer figure; a day merely planned ("will start on 1 April") is not.
    /// </summary>
    public static bool MovesTheDay(Words words, ValueSpan span)
    {
        if (span.Value.Kind != ValueKind.Date)
        {
            return false;
        }

        var preposition = span.First - 1;
        if (MovedToPrepositions.Contains(words[preposition]))
        {
            // The verb right before the preposition, or with one word between ("postponed again until", "put back a week to").
            for (var end = preposition - 1; end >= Math.Max(0, preposition - 3) && !words.BreakAfter(end); end--)
            {
                var from = Math.Max(0, end - MovedDayCueWords + 1);
                if (Enumerable.Range(from, end - from + 1).Any(start => MovedDayCues.AllAt(words, start).Any(cue => start + Words.WordCount(cue) - 1 == end)))
                {
                    return true;
                }
            }
        }

        // ", two months later than": a measure of time then a comparative, in the apposition right after the day.
        for (var k = span.Last + 1; k <= span.Last + 4 && k + 1 < words.Count; k++)
        {
            if (DayComparatives.Contains(words[k]) && words[k + 1] == "than")
            {
                return words[k - 1] is not ("no" or "not") && !Enumerable.Range(span.Last + 1, k - span.Last - 1).Any(words.BreakAfter);
            }
        }

        return false;
    }

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

    // True when one of the cues starts at some word of the sentence.
    private static bool HasAny(Words words, Phrases cues)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (cues.At(words, i) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
