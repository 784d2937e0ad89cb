namespace Summarizer.Facts;

/// <summary>The one day a date or a clock time is on, read the same way by every step that compares days of acts.</summary>
internal static class FactDays
{
    /// <summary>The one day a date or a clock time is on ("Saturday", "at 9.45pm on Saturday"), as a day number; null for a wider date.</summary>
    public static double? Of(Fact fact) => DateOf(fact) is { } day && SingleDay(day) ? day.Range.Low : null;

    /// <summary>Each source's facts that fall on one day: its dates and the days of its clock times.</summary>
    public static ILookup<int, Fact> BySource(IEnumerable<Fact> facts) => facts.Where(f => Of(f) is not null).ToLookup(f => f.SourceId);

    /// <summary>The date of a date, or the day a clock time is on; null for any other value.</summary>
    public static FactValue? DateOf(Fact fact) =>
        fact.Value.Kind == ValueKind.TimeOfDay ? fact.Value.On : fact.Value.Kind == ValueKind.Date ? fact.Value : null;

    /// <summary>True when <paramref name="date"/> is one day, not a span or an open bound.</summary>
    public static bool SingleDay(FactValue date) => date.Range.IsPoint && !double.IsInfinity(date.Range.Low);

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are single days more than a week apart: a weekday read alone
    /// is placed from its own article's date, and tense can misplace it by a week at most, so two such days are different
    /// days however their weekdays agree ("left the pier on Thursday" in a paper of 11 December, "Thursday 12 November").
    /// </summary>
    public static bool WeeksApart(FactValue a, FactValue b) =>
        SingleDay(a) && SingleDay(b) && Math.Abs(a.Range.Low - b.Range.Low) > DaysInWeek;

    private const int DaysInWeek = 7;
}
