namespace Summarizer.Facts;

/// <summary>
/// The values a stated figure allows: "at least 12" is [12, inf), "more than 30" is (30, inf), "about 3,000"
/// is [2,850, 3,150]. Two statements of one measure conflict exactly when their intervals are disjoint.
/// </summary>
internal readonly record struct Interval(double Low, double High, bool LowOpen = false, bool HighOpen = false)
{
    // Figures are parsed as decimals, so equal values are equal doubles; the tolerance only absorbs the
    // rounding of derived bounds ("about 40" is 38..42 computed in floating point).
    private const double Tolerance = 1e-9;

    public static Interval Point(double value) => new(value, value);

    public static Interval Between(double low, double high) => new(low, high);

    public static Interval AtLeast(double value) => new(value, double.PositiveInfinity, HighOpen: true);

    public static Interval MoreThan(double value) => new(value, double.PositiveInfinity, LowOpen: true, HighOpen: true);

    public static Interval AtMost(double value) => new(double.NegativeInfinity, value, LowOpen: true);

    public static Interval LessThan(double value) => new(double.NegativeInfinity, value, LowOpen: true, HighOpen: true);

    public bool IsPoint => !LowOpen && !HighOpen && Close(Low, High);

    /// <summary>True when some value lies in both.</summary>
    public bool Overlaps(Interval other) => !Before(this, other) && !Before(other, this);

    /// <summary>True when every value of <paramref name="other"/> lies in this one.</summary>
    public bool Contains(Interval other) =>
        (Low < other.Low || (Close(Low, other.Low) && (!LowOpen || other.LowOpen)) || double.IsNegativeInfinity(Low))
        && (High > other.High || (Close(High, other.High) && (!HighOpen || other.HighOpen)) || double.IsPositiveInfinity(High));

    /// <summary>The same set of values (format variants of one figure).</summary>
    public bool SameAs(Interval other) => Contains(other) && other.Contains(this);

    /// <summary>Shifted and scaled: a value read in one unit, stated in another.</summary>
    public Interval Scale(double factor) => factor >= 0
        ? new(Low * factor, High * factor, LowOpen, HighOpen)
        : new(High * factor, Low * factor, HighOpen, LowOpen);

    public override string ToString() =>
        FormattableString.Invariant($"{(LowOpen ? "(" : "[")}{Low}, {High}{(HighOpen ? ")" : "]")}");

    // a lies wholly below b.
    private static bool Before(Interval a, Interval b) =>
        a.High < b.Low - Slack(a.High, b.Low) || (Close(a.High, b.Low) && (a.HighOpen || b.LowOpen));

    private static bool Close(double a, double b) =>
        a == b || (!double.IsInfinity(a) && !double.IsInfinity(b) && Math.Abs(a - b) <= Slack(a, b));

    private static double Slack(double a, double b) =>
        double.IsInfinity(a) || double.IsInfinity(b) ? 0 : Tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
