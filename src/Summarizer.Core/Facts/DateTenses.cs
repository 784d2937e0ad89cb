namespace Summarizer.Facts;

/// <summary>Where a date lies against its own source's report (<see cref="Fact.Tense"/>).</summary>
internal enum DateTense
{
    /// <summary>Not known: no report day, the report's day itself, or a span that reaches it ("this month", "this year").</summary>
    Unknown,

    /// <summary>Wholly before the report's day, and no verb group of its clause sets it ahead.</summary>
    Past,

    /// <summary>Set ahead by its clause's verb group, or wholly after the report's day.</summary>
    ToCome,
}

/// <summary>
/// Tells the day of an act still to come from the day of one already done. News dates a plan and a done act side by side
/// ("was arrested on Monday morning and will appear before magistrates on Thursday", "the company said yesterday that the
/// store will close on 16 January", "the trial collapsed on 21 October; a retrial has been listed to begin on 8 March"), and
/// one outlet may tell only the arrest, another only the court date, in sentences that share the story's words and even
/// its event word. Each outlet dates by its own report day, so a day still to come for one and a day already past for the
/// other are days of two acts, however alike their clauses read: the one is planned, the other done. A plan that moved
/// is told against another plan, and a happening against another happening, so neither pairing is lost.
/// </summary>
internal static class DateTenses
{
    /// <summary>The tense of <paramref name="fact"/>'s date against <paramref name="anchor"/>, its source's report day.</summary>
    public static DateTense Of(Fact fact, DateOnly? anchor)
    {
        if (fact.Ahead)
        {
            return DateTense.ToCome;
        }

        var range = fact.Value.Range;
        if (anchor is not { } day || double.IsInfinity(range.Low) || double.IsInfinity(range.High))
        {
            return DateTense.Unknown;
        }

        // The report's own day is neither: what happens on it may be done by the time of writing or still to come ("until
        // Monday" in Monday's paper).
        return range.Low > day.DayNumber ? DateTense.ToCome : range.High < day.DayNumber ? DateTense.Past : DateTense.Unknown;
    }

    /// <summary>
    /// True when one of two dates of different days is still to come for its source and the other already past for its
    /// own: the days of a planned act and a done one, not two versions of one date.
    /// </summary>
    public static bool PlanAndDone(Fact a, Fact b) =>
        DifferentDays(a, b) && ((a.Tense == DateTense.ToCome && Done(b)) || (Done(a) && b.Tense == DateTense.ToCome));

    /// <summary>
    /// True when <paramref name="fact"/>'s date is of an act done by its source's report: a day already past, or the
    /// report's own day with no verb setting it ahead ("a man was arrested on Monday morning" in Monday's paper). A bound
    /// on the report's day ("will stay shut until Monday", "by Monday") dates no act done: it tells how long a state lasts
    /// or what stands by then, seen from before its end.
    /// </summary>
    public static bool Done(Fact fact) =>
        fact.Tense == DateTense.Past || (fact.OnPublicationDay && !fact.Ahead && !Bound(fact));

    private static bool Bound(Fact fact) => Opens(fact, "until ") || Opens(fact, "till ") || Opens(fact, "by ");

    // The date's own words open with this bounding word ("by Monday", "until 4 June").
    private static bool Opens(Fact fact, string word) => fact.Text.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when one of two dates of different days is a limit already passed ("all five rowers taken to hospital had been
    /// discharged by Sunday", "the council had logged more than 60 complaints by Thursday afternoon") and the other is not
    /// a limit. "By" a day gone tells what stood by then, the day an outlet looked, not the day anything was done: it holds
    /// with any act on or before it, so against the day of an act ("rescued on Saturday") it is no second version of that
    /// day. A deadline still to come ("will close by the end of February") is how outlets date a plan, and stays one.
    /// </summary>
    public static bool LimitAndDay(Fact a, Fact b) => DifferentDays(a, b) && PastLimit(a) != PastLimit(b);

    /// <summary>
    /// True when one of two dates of different days is the day a state was seen to hold, told in the past progressive
    /// ("was being held in custody on Saturday night", "were counting the cost on Wednesday"), and its clause does not set
    /// it ahead: a state holds over days, beside the day of the act that began it and beside another day it was seen on,
    /// so that day is no second version of another date.
    /// </summary>
    public static bool StateAndDay(Fact a, Fact b) => DifferentDays(a, b) && (StateSeenOn(a) || StateSeenOn(b));

    private static bool StateSeenOn(Fact fact) => fact.StateSeen && !fact.Ahead && fact.Tense != DateTense.ToCome;

    private static bool DifferentDays(Fact a, Fact b) =>
        a.Value.Kind == ValueKind.Date && b.Value.Kind == ValueKind.Date && (!a.Value.Compatible(b.Value) || WeeksApart(a, b));

    // Two single days more than a week apart are different days ("approved on Tuesday" in a paper of 30 November, "from
    // January 1"), though the value test leaves a weekday and a far date unjudged, for a year guessed without an article
    // date; such a year decides nothing here.
    private static bool WeeksApart(Fact a, Fact b) => !a.YearInferred && !b.YearInferred && FactDays.WeeksApart(a.Value, b.Value);

    /// <summary>True when <paramref name="fact"/> is a date told as "by" a day, and its clause does not set it ahead.</summary>
    public static bool PastLimit(Fact fact) =>
        Opens(fact, "by ") && !fact.Ahead && fact.Tense != DateTense.ToCome;
}
