using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The period a sum is given per ("save £1.2m a year", "costing €22m per day", "£400 each month", "paid £9,000
/// annually"): a sum per year is another fact than a one-off sum of the same figure, so the period belongs to the
/// figure as written, whatever noun or verb the sum is of.
/// </summary>
internal static class RatePeriods
{
    // Units of the calendar and the clock a rate is counted per.
    private static readonly FrozenSet<string> Periods = FrozenSet.ToFrozenSet(
        ["year", "month", "week", "day", "night", "hour", "minute", "second", "annum", "quarter", "fortnight"], StringComparer.Ordinal);

    // Adverbs that say the same as "a year", "a day" after a sum.
    private static readonly FrozenSet<string> PeriodAdverbs = FrozenSet.ToFrozenSet(
        ["annually", "yearly", "monthly", "weekly", "daily", "nightly", "hourly"], StringComparer.Ordinal);

    /// <summary>
    /// The index of the last word of the period said right after the word at <paramref name="last"/> (a sum's last
    /// word), in the same clause: "a year", "per day", "each month", "every week", "annually"; -1 when none follows.
    /// </summary>
    public static int After(Words words, int last)
    {
        if (words.BreakAfter(last))
        {
            return -1;
        }

        var next = last + 1;
        if (PeriodAdverbs.Contains(words[next]))
        {
            return next;
        }

        // "sold for £3m a year ago", "a week earlier": a time back from now, no rate.
        return words[next] is "a" or "an" or "per" or "each" or "every" && !words.BreakAfter(next) && Periods.Contains(words[next + 1])
            && (words.BreakAfter(next + 1) || words[next + 2] is not ("ago" or "earlier" or "later" or "before" or "after" or "on" or "since"))
            ? next + 1
            : -1;
    }
}
