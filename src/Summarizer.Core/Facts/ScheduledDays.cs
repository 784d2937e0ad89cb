using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Whether a date's own clause sets it ahead of the report: the day of something planned, told with a verb group of the
/// future or of a schedule ("will close on 8 January", "would take effect on 1 April", "is to shut on Friday", "was due to
/// open on 4 December", "aims to reopen on Saturday"). Such a day is of the story's planned act, not of a happening: outlets
/// name that act with verbs and nouns of their own ("the new charges", "the axe falls", "production will stop"), yet each
/// that gives one such day early gives it of the plan (SlotPairs).
/// </summary>
internal static class ScheduledDays
{
    // The modal auxiliaries of the future: "will", "would", "shall" (a "could" or "may" makes the fact modal anyway).
    private static readonly FrozenSet<string> Future = FrozenSet.ToFrozenSet(["will", "would", "shall", "'ll"], StringComparer.Ordinal);

    // What heads a "to"-infinitive of a schedule or an intention: the "be to" future ("is to close") and the verb forms and
    // adjectives English sets a plan with ("due to", "set to", "aims to", "hopes to", "plans to", "expected to", "scheduled
    // to", "going to"). Forms that are nouns as often ("the plan to investors", "an aim") are left out: a noun's "to" opens
    // no infinitive.
    private static readonly FrozenSet<string> Intent = AuxiliaryVerbs.Set(AuxiliaryVerbs.FiniteBe,
        ["due", "set", "aims", "aiming", "hopes", "hoping", "plans", "planning", "intends", "intending", "expected", "scheduled", "going", "poised"]);

    // Verbs whose past is their base form ("set out the plan on Monday 4 May", "cut the fares on 2 June"): told without
    // a future marker they may tell the past, so they leave a day to the verb group's own reading.
    private static readonly FrozenSet<string> SamePast = FrozenSet.ToFrozenSet(
        ["set", "cut", "put", "let", "hit", "shut", "quit", "spread", "cost", "bet", "split", "upset"], StringComparer.Ordinal);

    /// <summary>The widest gap, in words, between a date and the verb group that sets it ahead.</summary>
    private const int Reach = 12;

    /// <summary>
    /// True when the verb group of <paramref name="value"/>'s own clause, before it, is of the future or of a schedule:
    /// a future modal, or a "to"-infinitive after "be" or a word of intention.
    /// </summary>
    public static bool Ahead(Words words, ValueSpan value)
    {
        for (var k = value.First - 1; k >= Math.Max(0, value.First - Reach) && !words.BreakAfter(k); k--)
        {
            var word = words[k];
            // A word that opens another clause: the date belongs to the verb group of its own clause only.
            if (WeekdayTense.Joins.Contains(word))
            {
                return false;
            }

            if (Future.Contains(word) || (word == "to" && k + 1 < value.First && Intent.Contains(words[k - 1]) && !Determiners.ArticlesAndPossessives.Contains(words[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="value"/> is a single day after the report's own date (<paramref name="anchor"/>, see
    /// <see cref="FactExtractor.AnchorOf"/>) and no past verb of its own clause tells it: a day still to come is the day of
    /// something planned, however its clause tells it, in the present ("the axe falls on 11 January", "notices go out on
    /// 1 June"), an infinitive ("to take effect on 1 February") or a participle ("with the change taking effect on 3
    /// January"). A past verb of its clause, before or after it ("was moved to 9 January", "the last meeting on 12 May approved"),
    /// leaves it to the verb group's own reading.
    /// </summary>
    public static bool AfterReport(Words words, ValueSpan value, DateOnly? anchor)
    {
        if (anchor is not { } day || value.Value.Kind != ValueKind.Date || !value.Value.Range.IsPoint || double.IsInfinity(value.Value.Range.Low)
            || value.Value.Range.Low <= day.DayNumber)
        {
            return false;
        }

        // The date's own preposition ("until", "before") opens no other clause.
        var first = value.First - 1 >= 0 && WeekdayTense.Joins.Contains(words[value.First - 1]) ? value.First - 2 : value.First - 1;
        for (var k = first; k >= Math.Max(0, value.First - Reach) && !words.BreakAfter(k) && !WeekdayTense.Joins.Contains(words[k]); k--)
        {
            if (MayTellPast(words, k))
            {
                return false;
            }
        }

        // A day inside its subject is told by the verb after it: "the council's last meeting on 12 May approved the plan".
        for (var k = value.Last + 1; k < Math.Min(words.Count, value.Last + 1 + Reach) && !words.BreakAfter(k - 1) && !WeekdayTense.Joins.Contains(words[k]); k++)
        {
            if (MayTellPast(words, k))
            {
                return false;
            }
        }

        return true;
    }

    // A past verb, or a verb whose past is its base form, at k.
    private static bool MayTellPast(Words words, int k) => WeekdayTense.Past(words, k) || SamePast.Contains(words[k]);
}
