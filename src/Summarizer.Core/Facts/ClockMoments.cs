namespace Summarizer.Facts;

/// <summary>
/// When two times of day name one moment although their clock values differ. Midnight belongs to two days: "midnight
/// on Thursday" is most often the end of Thursday, yet can be its start, so it is read as both. And a time within a
/// minute of another is the same moment: a deadline of "23:59 on Thursday" is written for "midnight on Thursday"
/// (a minute is the finest grain news gives a time in, so no planted difference of clock times is that small).
/// </summary>
internal static class ClockMoments
{
    private const double MinutesPerDay = 24 * 60;

    /// <summary>The tolerance, in minutes, within which two clock times are one moment.</summary>
    public const double Tolerance = 1;

    /// <summary>True when either time is midnight: only then does the day a time is on become ambiguous.</summary>
    public static bool Applies(FactValue a, FactValue b) =>
        a.Kind == ValueKind.TimeOfDay && b.Kind == ValueKind.TimeOfDay && (IsMidnight(a) || IsMidnight(b));

    /// <summary>True when some reading of <paramref name="a"/> lies within <see cref="Tolerance"/> of some reading of <paramref name="b"/>.</summary>
    public static bool Meet(FactValue a, FactValue b)
    {
        // Without a day on both, a time is any day's: compare the clock around the day's end too (23:59 and 00:00).
        var bothDated = DayOf(a) is not null && DayOf(b) is not null;
        foreach (var x in Readings(a, bothDated))
        {
            foreach (var y in Readings(b, bothDated))
            {
                if (x.Low - Tolerance <= y.High && y.Low - Tolerance <= x.High)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when two clock times fall either side of one midnight, fewer than <see cref="NightSpan"/> apart: a late
    /// evening time and an early morning one ("around 10pm on Monday", "shortly after 2am on Tuesday"; "shortly before
    /// 11pm", "at about 4am"). Outlets at odds over a moment near midnight name different days with it, and
    /// their clock figures lie at either end of the dial, so neither the day words nor the ratio of the figures tells
    /// two acts apart there: on the clock, carried over midnight, the two are a few hours apart, as misreports of one
    /// moment on one day are. Times placed on days that are not consecutive, the earlier day's time being the early
    /// morning one, are never so.
    /// </summary>
    public static bool AcrossMidnight(FactValue a, FactValue b)
    {
        if (a.Kind != ValueKind.TimeOfDay || b.Kind != ValueKind.TimeOfDay || a.Stated is not { } x || b.Stated is not { } y || x == y)
        {
            return false;
        }

        var (evening, morning) = x > y ? (a, b) : (b, a);
        var gap = morning.Stated!.Value + MinutesPerDay - evening.Stated!.Value;
        if (gap > NightSpan)
        {
            return false;
        }

        // Both placed on days: the morning's must be the day after the evening's. Neither placed: both are read on the
        // story's one night. Only one placed: the other may be on that same day, a day apart, so nothing says they meet.
        return (DayOf(evening), DayOf(morning)) switch
        {
            ({ } first, { } next) => next - first == 1,
            (null, null) => true,
            _ => false,
        };
    }

    /// <summary>The widest gap, in minutes, between a late evening and an early morning time read as one night's moments.</summary>
    public const double NightSpan = 6 * 60;

    private static bool IsMidnight(FactValue time) => time.Stated == 0;

    // The day number a time is on, when one day is known ("on Thursday" placed by the article's date).
    private static double? DayOf(FactValue time) =>
        time.On is { } on && on.Range.IsPoint && !double.IsInfinity(on.Range.Low) ? on.Range.Low : null;

    // The moment as minutes from day zero (its day known) or from its own day's start (unknown), with midnight read
    // both as the start of its day and as the end of it.
    private static IEnumerable<(double Low, double High)> Readings(FactValue time, bool dated)
    {
        var day = dated ? DayOf(time)!.Value * MinutesPerDay : 0;
        yield return (day + time.Range.Low, day + time.Range.High);
        if (IsMidnight(time) || !dated)
        {
            yield return (day + time.Range.Low + MinutesPerDay, day + time.Range.High + MinutesPerDay);
        }
    }
}
