namespace Summarizer.Facts;

/// <summary>
/// A change of rate written as a fraction of a point: "a quarter of a percentage point", "half a percentage point",
/// "three quarters of a percentage point". The same change as "25 basis points" or "0.5 percentage points", so it
/// aligns in whichever form a source gives it.
/// </summary>
internal static class PointFractions
{
    /// <summary>The change in percentage points written as a fraction starting at token <paramref name="i"/>; null when none does.</summary>
    public static ValueSpan? At(Words words, int i)
    {
        var (fraction, next) = words[i] switch
        {
            "a" when words[i + 1] == "quarter" => (0.25, i + 2),
            "a" when words[i + 1] == "half" => (0.5, i + 2),
            "half" => (0.5, i + 1),
            "three" when words[i + 1] is "quarter" or "quarters" => (0.75, i + 2),
            _ => (0.0, 0),
        };
        if (fraction == 0)
        {
            return null;
        }

        next += words.At(next, "of a") || words.At(next, "of one") ? 2 : words[next] is "a" or "one" ? 1 : 0;
        var last = words.At(next, "percentage point") ? next + 1 : -1;
        if (last < 0)
        {
            return null;
        }

        var value = new FactValue(ValueKind.Percent, Interval.Point(fraction), "pp") { Stated = fraction };
        return new ValueSpan(value, i, last, words.Tokens[i].Start, words.Tokens[last].End, i);
    }
}
