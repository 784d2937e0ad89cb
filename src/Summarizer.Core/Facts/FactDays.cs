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
}
