namespace Summarizer.Facts;

/// <summary>
/// What something costs someone: a bill, a price paid, a loss ("the repairs will cost £400,000", "paid £38m for the
/// brewery", "losses of €30m"). Outlets put one such figure on a story's event in their own nouns and verbs, and often
/// hedge it as an estimate.
/// </summary>
internal static class Outlays
{
    /// <summary>A money figure whose frame is a cost, a price or fee, or a loss (not aid given, a saving, a fine or a valuation).</summary>
    public static bool Is(Fact fact) => fact.Value.Kind == ValueKind.Money && fact.Frame is "cost" or "fee" or "damage";

    /// <summary>
    /// An outlay an outlet hedges ("could cost the organisers £1.4m", "the bill could run to £5m"): its estimate of the
    /// figure, set against other outlets' figures as theirs are. A ceiling ("could cost up to") stays a ceiling.
    /// </summary>
    public static bool Estimate(Fact fact) => fact.Mood == FactMood.Modal && Is(fact) && !fact.Value.IsCap;

    /// <summary>
    /// A span of time an outlet hedges ("repairs could take up to ten days", "the ward may stay shut for six weeks"): how
    /// long a repair, a closure or a shortage still to run will last is only ever estimated, and outlets estimate it with
    /// "could" and "may" as with "expected" (which already leaves the figure asserted), so the hedged span is that
    /// outlet's figure for the length, set against the others' as theirs are.
    /// </summary>
    public static bool EstimatedSpan(Fact fact) => fact.Mood == FactMood.Modal && fact.Value.Kind == ValueKind.Duration;

    /// <summary>A figure an outlet gives as its own: asserted, or an outlay or a span of time it hedges as its estimate.</summary>
    public static bool Stated(Fact fact) => fact.Mood == FactMood.Asserted || Estimate(fact) || EstimatedSpan(fact);
}
