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
