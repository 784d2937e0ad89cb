using System.Globalization;

namespace Summarizer.Checking.Independent;

/// <summary>What a figure measures, as far as its form tells.</summary>
internal enum FigureKind
{
    Count,
    Money,
    Percent,
    PercentagePoints,
    TimeOfDay,
    Date,
    Year,
    Month,
    Weekday,

    /// <summary>A length of time; the value is in hours and the unit names how it was written ("day").</summary>
    Duration,

    /// <summary>A rank: "third", "5th".</summary>
    Ordinal,

    /// <summary>A temperature; the unit is "celsius", "fahrenheit" or empty ("40 degrees").</summary>
    Temperature,

    /// <summary>The number of a model, product or code name ("CT-417"): it must be in the source, not in the sentence.</summary>
    Code,

    /// <summary>A length of time given by its unit alone ("several weeks"); the value is the unit in hours.</summary>
    VagueDuration,

    /// <summary>A financial year ("2026-27", "the coming financial year" against the article's date); the value is the year it starts in.</summary>
    FiscalYear,

    /// <summary>A period named relative to the report ("next week"): the value is -1, 0 or 1, the unit "week", "month" or "year".</summary>
    RelativePeriod,
}

/// <summary>
/// A number, date or time as written, normalised: "$240m" and "240 million dollars" are both Money 240000000 in
/// "dollar"; "14:30" and "2.30pm" are both TimeOfDay 870 (minutes); "3 July" and "July 3" are both Date 703.
/// </summary>
/// <param name="Value">The normalised value (a month is 1-12, a weekday 0-6, a date month*100+day).</param>
/// <param name="Unit">The currency for money ("dollar", "euro"...), else empty.</param>
/// <param name="Surface">The text it was read from, for findings.</param>
/// <param name="Ambiguous">A time of day written without am/pm ("2:30"): it also matches the same time twelve hours on.</param>
internal sealed record Figure(FigureKind Kind, double Value, string Unit, string Surface, int Start, int End, bool Ambiguous = false)
{
    /// <summary>How the value is hedged ("about 3,000", "more than 40"); a claim's hedge widens what states it.</summary>
    public FigureBound Bound { get; init; }

    /// <summary>An age written as a length of time ("the 47-year-old"): a source's bare "Quist, 47," or "aged 47" states it.</summary>
    public bool IsAge { get; init; }

    /// <summary>
    /// A number set off by commas after a name ("Quist, 47, was convicted"): what the person is, not a measure of what
    /// the sentence reports, so it must be in the source but need not be in the passage that says the rest.
    /// </summary>
    public bool IsAppositive { get; init; }

    /// <summary>
    /// Reckoned from the article's day, not written: the year and date of "on Saturday", the year "for 39 years" began.
    /// It states a date or year only, never a count ("more than a thousand" is not stated by the year 1926).
    /// </summary>
    public bool IsReckoned { get; init; }

    /// <summary>It counts who told the outlet ("according to two officers", "two officers who spoke to the Bulletin"), not what happened.</summary>
    public bool IsInformants { get; init; }

    /// <summary>
    /// Whether a source's figure states this one: same kind and value (within this figure's hedge: "around 3,000" is
    /// stated by "2,950", "more than 40" by "43"), same currency when both name one.
    /// </summary>
    public bool IsStatedBy(Figure other)
    {
        if (IsInformants != other.IsInformants)
        {
            return false; // "two officers who spoke to the Bulletin" says nothing of two officers hurt, and back
        }

        if (Kind == FigureKind.RelativePeriod || other.Kind == FigureKind.RelativePeriod)
        {
            return Kind == other.Kind && Unit == other.Unit && SameValue(Value, other.Value);
        }

        if (Kind == FigureKind.VagueDuration || other.Kind == FigureKind.VagueDuration)
        {
            // "several weeks" is stated by "several weeks" or "a few weeks", never by "several months".
            return Kind == other.Kind && SameValue(Value, other.Value);
        }

        if (IsAge && other.Kind == FigureKind.Count)
        {
            return SameValue(Value / FigureReader.HoursIn(Unit), other.Value);
        }

        if (Kind == FigureKind.Duration || other.Kind == FigureKind.Duration)
        {
            // "two days" is "48 hours"; "aged 22" is stated by "22-year-old", but "22 hours" is not stated by "22 people".
            return Kind == other.Kind
                ? Holds(other)
                : Kind == FigureKind.Count && SameValue(Value, other.Value / FigureReader.HoursIn(other.Unit));
        }

        if (Kind is FigureKind.Ordinal or FigureKind.Count && other.Kind is FigureKind.Ordinal or FigureKind.Count && (Kind == FigureKind.Ordinal || other.Kind == FigureKind.Ordinal))
        {
            return SameValue(Value, other.Value); // "third" and "3rd"
        }

        if (Kind == FigureKind.Count && other.Kind is FigureKind.Money or FigureKind.Temperature or FigureKind.PercentagePoints)
        {
            // "240 million" in a claim is stated by "$240m", "41.3" by "41.3C", "a swing of 11.5 points" by "11.5 percentage
            // points": the claim is only less specific. A bound
            // ("up to 150 stores") is not met by a sum of money or a temperature that happens to lie inside it ("$44 a share").
            return Bound is not (FigureBound.AtLeast or FigureBound.AtMost) && Holds(other);
        }

        if (Kind is FigureKind.Count or FigureKind.Year && other.Kind is FigureKind.Count or FigureKind.Year)
        {
            if (Kind != other.Kind && (IsReckoned || other.IsReckoned))
            {
                return false;
            }

            return Kind == FigureKind.Count ? Holds(other) : SameValue(Value, other.Value); // "2000" is a year or a count depending on the sentence
        }

        if (Kind == FigureKind.Month && other.Kind == FigureKind.Date)
        {
            return SameValue(Value, Math.Floor(other.Value / 100)); // "in April" is stated by "on 1 April"
        }

        if (Kind != other.Kind)
        {
            return false;
        }

        if (Kind is FigureKind.Money or FigureKind.Temperature && Unit.Length > 0 && other.Unit.Length > 0 && Unit != other.Unit)
        {
            return false;
        }

        if (Kind == FigureKind.TimeOfDay && (Ambiguous || other.Ambiguous))
        {
            return SameValue(Value % 720, other.Value % 720);
        }

        return Kind is FigureKind.Money or FigureKind.Percent ? Holds(other) : SameValue(Value, other.Value);
    }

    // A source's figure within this figure's hedge. A source that hedges the same way gives a bound, not a value inside
    // it: "up to 200 stores" does not say "up to 250" (nor "up to 150"), "more than 40" does not say "more than 30".
    private bool Holds(Figure stated) =>
        Bound is FigureBound.AtLeast or FigureBound.AtMost && stated.Bound == Bound ? SameValue(Value, stated.Value) : Holds(stated.Value);

    // A source's value within this figure's hedge. "About" widens only a round value ("about 3,000", not "about 2,950"):
    // by 5% of it, or 2.5 points for a share ("three-quarters" is 74%, not 71%).
    private bool Holds(double stated) => Bound switch
    {
        FigureBound.AtLeast => stated >= Value - 1e-9,
        FigureBound.AtMost => stated <= Value + 1e-9,
        FigureBound.About when IsRound(Value) => Math.Abs(stated - Value) <= (Kind == FigureKind.Percent ? 2.5 : 0.05 * Math.Abs(Value)) + 1e-9,
        // "about 62" for "61.7": a value the source gives more precisely, rounded to the claim's last digit.
        FigureBound.About => Math.Abs(stated - Value) <= HalfLastDigit(Value) + 1e-9,
        _ => SameValue(Value, stated),
    };

    // Half a unit of the last digit written: 0.5 for "62", 0.05 for "4.2", 5 for "2,950".
    private static double HalfLastDigit(double value)
    {
        var whole = Math.Abs(value);
        var step = 1.0;
        for (var d = 0; d < 3 && Math.Abs(whole / step - Math.Round(whole / step)) > 1e-6; d++)
        {
            step /= 10;
        }

        while (whole >= step * 10 && Math.Abs(whole / (step * 10) - Math.Round(whole / (step * 10))) < 1e-6)
        {
            step *= 10;
        }

        return step / 2;
    }

    // A round number ("3,000", "12,000", "40", "240 million" but not "2,950" or "43"), a share in fives ("75%") or a fraction.
    private bool IsRound(double value)
    {
        if (Kind == FigureKind.Percent)
        {
            return Math.Abs(value % 5) < 1e-9 || Math.Abs(value * 3 % 100) < 1e-6;
        }

        var whole = Math.Abs(value);
        return whole > 0 && (whole % 100 < 1e-9 || (whole < 100 && whole % 10 < 1e-9));
    }

    /// <summary>Whether this figure must sit in the sentence that supports the claim (a date may be set by the dateline).</summary>
    // An age ("the 70-year-old crossing") describes who or what the claim is about, as "Quist, 47," does: it must be in
    // the source, not in the sentence that says the rest.
    public bool IsMeasure => !IsAppositive && !IsAge && Kind is FigureKind.Count or FigureKind.Money or FigureKind.Percent or FigureKind.PercentagePoints or FigureKind.TimeOfDay or FigureKind.Duration or FigureKind.Temperature or FigureKind.VagueDuration;

    /// <summary>True when two read values are one number, up to floating-point error.</summary>
    public static bool SameValue(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Value} {Unit} ({Surface})");
}
