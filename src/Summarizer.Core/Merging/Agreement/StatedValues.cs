using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A figure of a claim or a source as the attributor compares it, read by the typed fact readers
/// (<see cref="FigureReader"/>, <see cref="TimeReader"/>): its value, the figure as written before its hedge, and
/// for a count what it counts, as a general class ("30 allied nations" counts countries, "40 residents" persons).
/// </summary>
/// <param name="Measure">For counts, the class of the counted noun (<see cref="Measures"/>); "" when none is named.</param>
internal sealed record StatedFigure(FactValue Value, double Stated, string Measure, int Start, int End)
{
    public ValueKind Kind => Value.Kind;

    // Ages are counts of years: "Brisk, 74," and "74 years" state the same figure however each reader classes it.
    public bool CountLike => Kind is ValueKind.Count or ValueKind.Age;

    /// <summary>The same number, however written ("$310m" and "$310 million", "twelve" and "12", "2.30pm" and "14:30").</summary>
    public bool SameNumber(double value) => Math.Abs(Stated - value) <= 1e-9 * Math.Max(1, Math.Abs(Stated));

    /// <summary>
    /// The figure a source gives for this one: the same number of the same kind and unit (currency, "%",
    /// dimension), and for counts the same thing counted when both name it ("$310m" is not "$240 million";
    /// "40,000 copies" is not "£40,000"; "30 nations" is "30 countries").
    /// </summary>
    public bool SameAs(StatedFigure source) =>
        SameNumber(source.Stated)
        && (Kind == source.Kind || (CountLike && source.CountLike))
        && Value.Unit == source.Value.Unit
        && (Measure.Length == 0 || source.Measure.Length == 0 || Measure == source.Measure);

    /// <summary>The looser test of "does the source give this number": a count may meet the number in any form.</summary>
    public bool NumberIn(StatedFigure source) =>
        SameNumber(source.Stated) && (CountLike || (Kind == source.Kind && Value.Unit == source.Value.Unit));
}

/// <summary>
/// A calendar reference with the parts written out ("March 14" has no year); <paramref name="Bare"/> for a lone year
/// that the date reader leaves to context ("the 2023 survey", "2000 troops"): it may be a year or a count.
/// </summary>
internal sealed record StatedDate(int? Year, int? Month, int? Day, DayOfWeek? Weekday, bool Bare, int Start, int End)
{
    /// <summary>True when <paramref name="source"/> writes every part this date writes, with the same values.</summary>
    public bool IsStatedBy(StatedDate source) =>
        (Year is null || source.Year == Year)
        && (Month is null || source.Month == Month)
        && (Day is null || source.Day == Day)
        && (Weekday is null || source.Weekday == Weekday);
}

/// <summary>The figures and dates of one text (a claim, a sentence, a title), read once.</summary>
internal sealed class StatedValues
{
    private StatedValues(List<StatedFigure> figures, List<StatedDate> dates)
    {
        Figures = figures;
        Dates = dates;
    }

    public static StatedValues Empty { get; } = new([], []);

    public List<StatedFigure> Figures { get; }

    public List<StatedDate> Dates { get; }

    public bool IsEmpty => Figures.Count == 0 && Dates.Count == 0;

    public static StatedValues Read(string text) => Read(new Words(text));

    /// <summary>Times of day, dates and figures, each token read once (times first, then dates, then figures).</summary>
    public static StatedValues Read(Words words)
    {
        if (words.Count == 0)
        {
            return Empty;
        }

        var used = new bool[words.Count];
        var times = TimeReader.Read(words, used);
        var dateSpans = DateReader.Read(words, used, anchor: null, future: false);
        var figureSpans = FigureReader.Read(words, used);
        if (times.Count + dateSpans.Count + figureSpans.Count == 0 && !HasYearToken(words))
        {
            return Empty;
        }

        var figures = new List<StatedFigure>(times.Count + figureSpans.Count);
        foreach (var span in times.Concat(figureSpans))
        {
            var measure = span.Value.Kind == ValueKind.Count ? CountedClass(words, span) : "";
            figures.Add(new StatedFigure(span.Value, span.Value.Stated ?? span.Value.Range.Low, measure, span.Start, span.End));
        }

        var dates = new List<StatedDate>(dateSpans.Count);
        foreach (var span in dateSpans)
        {
            var (year, month, day, weekday) = DateReader.PartsOf(words, span);
            if (year is not null || month is not null || day is not null || weekday is not null)
            {
                dates.Add(new StatedDate(year, month, day, weekday, Bare: false, span.Start, span.End));
            }
        }

        // A year no reader took ("a 2023 survey"): still a figure the source must give.
        for (var i = 0; i < words.Count; i++)
        {
            if (!used[i] && DateReader.YearAt(words, i) is { } year)
            {
                dates.Add(new StatedDate(year, null, null, null, Bare: true, words.Tokens[i].Start, words.Tokens[i].End));
            }
        }

        dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new StatedValues(figures, dates);
    }

    /// <summary>Gives <paramref name="claim"/>'s figure: the same figure, or a lone year of that number.</summary>
    public bool HasSame(StatedFigure claim) =>
        Figures.Exists(claim.SameAs) || (claim.CountLike && Dates.Exists(d => d.Bare && claim.SameNumber(d.Year!.Value)));

    /// <summary>Gives <paramref name="claim"/>'s number in some form, or as the year of a date.</summary>
    public bool HasNumber(StatedFigure claim) =>
        Figures.Exists(claim.NumberIn) || (claim.CountLike && Dates.Exists(d => d.Year is { } y && claim.SameNumber(y)));

    /// <summary>Writes every part of <paramref name="claim"/>'s date; a lone year may be given as a count.</summary>
    public bool HasDate(StatedDate claim) =>
        Dates.Exists(claim.IsStatedBy) || (claim.Bare && Figures.Exists(f => f.CountLike && f.SameNumber(claim.Year!.Value)));

    private static bool HasYearToken(Words words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (DateReader.YearAt(words, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "21 of the 45 seats": the whole is counted in seats like the part.
    private static string CountedClass(Words words, ValueSpan span)
    {
        var measure = Measures.Of(words, span, frame: null);
        return measure.EndsWith(" in all", StringComparison.Ordinal) ? measure[..^" in all".Length] : measure;
    }
}
