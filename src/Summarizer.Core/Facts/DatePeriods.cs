namespace Summarizer.Facts;

/// <summary>
/// Dates wider than a day, each an interval of days: months ("in June"), years ("since 2019"), spans of two years
/// ("the 2026-27 budget"), quarters ("the second
/// quarter of 2027"), seasons ("in the autumn"), and periods counted from the article's date ("next year", "three
/// months ago", "yesterday"). "by", "before" and "after" open the interval on one side.
/// </summary>
internal static class DatePeriods
{
    /// <summary>The unit of a span of years ("2026-27"): compared only with other spans.</summary>
    public const string YearSpanUnit = "years";

    public static ValueSpan? At(Words words, int i, DateOnly? anchor)
    {
        if (CalendarWords.MonthAt(words, i) is { } month && (words[i] != "may" || words[i - 1] is "in" or "since" or "from" or "until" or "by" or "of" or "early" or "late" or "mid"))
        {
            var year = CalendarWords.YearAt(words, i + 1);
            var counted = year is null && anchor is { } anchorDay && DateReader.YearsFrom(words, i + 1) is { } shift ? anchorDay.Year + shift : (int?)null; // "in March last year"
            var y = year ?? counted ?? DateReader.Resolve(0, month, 1, anchor).Year;
            var last = year is not null ? i + 1 : counted is not null ? i + 2 : i;
            return PartOfMonth(words, i, last, new DateOnly(y, month, 1));
        }

        // "the first half of 2027", "the second half of next year" is not needed: a half is six months of the written year.
        if (words[i] is "first" or "second" && words[i + 1] == "half" && words[i + 2] == "of" && CalendarWords.YearAt(words, i + 3) is { } halfYear)
        {
            var from = new DateOnly(halfYear, words[i] == "first" ? 1 : 7, 1);
            return Hedged(words, i, i + 3, from, from.AddMonths(6).AddDays(-1));
        }

        // "in early 2027", "by late 2026", "mid-2028": a third of the year (an approximation; a reader takes "early" as the
        // first months, not as the first half).
        if (words[i] is "early" or "late" or "mid" && CalendarWords.YearAt(words, i + 1) is { } partYear
            && words[i - 1] is "in" or "since" or "from" or "until" or "by" or "before" or "after" or "during" or "for")
        {
            var from = new DateOnly(partYear, 1 + 4 * ThirdOf(words[i]), 1);
            return Hedged(words, i, i + 1, from, from.AddMonths(4).AddDays(-1));
        }

        // A year alone after a preposition of time ("in 2019", "scheduled for 2029"); "for" only after a verb of
        // scheduling's participle, not in "for 2029 members".
        if (CalendarWords.YearAt(words, i) is { } alone && (words[i - 1] is "in" or "since" or "of" or "from" or "until" or "by" or "before" or "after" or "during"
            || (words[i - 1] == "for" && words[i - 2].EndsWith("ed", StringComparison.Ordinal)
                && (i + 1 >= words.Count || words.BreakAfter(i) || Summarizer.Text.Stopwords.IsStopword(words[i + 1])))))
        {
            return Hedged(words, i, i, new DateOnly(alone, 1, 1), new DateOnly(alone, 12, 31));
        }

        // "2026-27", "2026/27": a season or a financial year, which runs across the turn of the year; not a count. Its
        // own unit keeps it from standing for the days inside it: "bills go out in March" is no part of "the 2026-27
        // budget", and only another span of years says the same as it.
        if (CalendarWords.YearSpanAt(words, i) is { } span)
        {
            var period = Hedged(words, i, i, new DateOnly(span.From, 1, 1), new DateOnly(span.To, 12, 31));
            return period with { Value = period.Value with { Unit = YearSpanUnit } };
        }

        var quarter = CalendarWords.QuarterIndex(words[i]);
        if (quarter >= 0 && words[i + 1] == "quarter" && (CalendarWords.YearAt(words, i + 3) is not null || anchor is not null))
        {
            var qYear = words[i + 2] == "of" && CalendarWords.YearAt(words, i + 3) is { } qy ? qy : anchor!.Value.Year;
            var last = words[i + 2] == "of" && CalendarWords.YearAt(words, i + 3) is not null ? i + 3 : i + 1;
            var from = new DateOnly(qYear, quarter * 3 + 1, 1);
            return Hedged(words, i, last, from, from.AddMonths(3).AddDays(-1));
        }

        if (CalendarWords.SeasonOf(words[i]) is { } season && words[i - 1] == "the" && words[i - 2] is "in" or "during" or "by")
        {
            var written = words[i + 1] == "of" ? CalendarWords.YearAt(words, i + 2) : null;
            var (from, to) = SeasonIn(season, written, anchor);
            return Hedged(words, i, written is null ? i : i + 2, from, to);
        }

        return anchor is { } a ? Relative(words, i, a) : null; // "last week" with no article date stays unresolved
    }

    // A season written without its year is the one nearest the article's date, as a month is: "cut its forecast in
    // the autumn" in a March paper is last autumn, which holds "in October".
    private static (DateOnly From, DateOnly To) SeasonIn((int From, int To) season, int? year, DateOnly? anchor)
    {
        (DateOnly, DateOnly) Of(int y)
        {
            var from = new DateOnly(y, season.From > 12 ? 12 : season.From, 1);
            return (from, from.AddMonths(season.To - season.From + 1).AddDays(-1));
        }

        if (year is { } written)
        {
            return Of(written);
        }

        if (anchor is not { } a)
        {
            return Of(DateReader.NoAnchorYear);
        }

        return Enumerable.Range(a.Year - 1, 3).Select(Of)
            .MinBy(p => a < p.Item1 ? p.Item1.DayNumber - a.DayNumber : a > p.Item2 ? a.DayNumber - p.Item2.DayNumber : 0);
    }

    private static ValueSpan? Relative(Words words, int i, DateOnly a)
    {
        if (AgoAt(words, i, a) is { } ago)
        {
            return ago;
        }

        return words[i] switch
        {
            "yesterday" => DateReader.Day(words, i, i, a.AddDays(-1)),
            "today" or "tonight" => DateReader.Day(words, i, i, a),
            "tomorrow" => DateReader.Day(words, i, i, a.AddDays(1)),
            "last" when words[i + 1] == "night" => DateReader.Day(words, i, i + 1, a.AddDays(-1)),
            "next" or "last" or "this" when words[i + 1] == "year" =>
                Hedged(words, i, i + 1, new DateOnly(a.Year + Offset(words[i]), 1, 1), new DateOnly(a.Year + Offset(words[i]), 12, 31)),
            "later" when words.At(i + 1, "this year") => DateReader.Span(words, i, i + 2, Period(a, new DateOnly(a.Year, 12, 31))),
            "earlier" when words.At(i + 1, "this year") => DateReader.Span(words, i, i + 2, Period(new DateOnly(a.Year, 1, 1), a)),
            "next" or "last" or "this" when words[i + 1] == "month" => PartOfMonth(words, i, i + 1, new DateOnly(a.Year, a.Month, 1).AddMonths(Offset(words[i]))),
            _ => null,
        };
    }

    // "four years ago", "three months ago", "two weeks ago", "ten days ago": counted back from the article's date, as
    // precisely as the unit allows (a year or a month is the whole calendar period; a week is that week, give or take).
    private static ValueSpan? AgoAt(Words words, int i, DateOnly a)
    {
        int n, unitAt;
        if (words[i] is "a" or "an" && words[i + 2] == "ago")
        {
            (n, unitAt) = (1, i + 1);
        }
        else if (NumberReader.TryRead(words, i, out var number) && number.Suffix.Length == 0 && number.Value == decimal.Truncate(number.Value)
            && number.Value is >= 1 and <= 200 && words[number.Last + 2] == "ago")
        {
            (n, unitAt) = ((int)number.Value, number.Last + 1);
        }
        else
        {
            return null;
        }

        var last = unitAt + 1;
        switch (words[unitAt])
        {
            case "year" or "years" when a.Year - n >= 1:
                return DateReader.Span(words, i, last, Period(new DateOnly(a.Year - n, 1, 1), new DateOnly(a.Year - n, 12, 31)));
            case "month" or "months":
                var month = new DateOnly(a.Year, a.Month, 1).AddMonths(-n);
                return DateReader.Span(words, i, last, Period(month, month.AddMonths(1).AddDays(-1)));
            case "week" or "weeks":
                var week = a.AddDays(-7 * n);
                return DateReader.Span(words, i, last, Period(week.AddDays(-3), week.AddDays(3)));
            case "day" or "days":
                return DateReader.Day(words, i, last, a.AddDays(-n));
            default:
                return null;
        }
    }

    // A month told by its part ("early March", "mid-June", "the end of next month", "the start of May") is that third of
    // it, not the whole month: "the end of June" is no version of "3 June" but is one of "28 June". The part's words
    // are the date's own (a side shows "early March", not "March"); a month with no part is the whole month.
    private static ValueSpan PartOfMonth(Words words, int first, int last, DateOnly month)
    {
        if (MonthPartAt(words, first) is not { } part)
        {
            return Hedged(words, first, last, month, month.AddMonths(1).AddDays(-1));
        }

        var (from, to) = Third(month, part.Third);
        return words[part.First - 1] == "by" // "by the end of June", "by mid-March": any day up to the part's end
            ? DateReader.Span(words, part.First - 1, last, new FactValue(ValueKind.Date, Interval.AtMost(to.DayNumber), "day"))
            : Hedged(words, part.First, last, from, to);
    }

    // The words naming a part of the month whose name (or "next month") starts at first: a premodifier ("early", "late",
    // "mid") or a head noun with "of" ("the end of", "the middle of"); the third they name (0 first, 1 middle, 2 last).
    private static (int First, int Third)? MonthPartAt(Words words, int first)
    {
        var before = words[first - 1] == "-" ? first - 2 : first - 1; // "mid-March" cut at its hyphen
        var third = ThirdOf(words[before]);
        if (third >= 0)
        {
            return (before, third);
        }

        if (words[first - 1] == "of" && words[first - 3] == "the")
        {
            third = words[first - 2] switch { "start" or "beginning" => 0, "middle" => 1, "end" => 2, _ => -1 };
            return third >= 0 ? (first - 3, third) : null;
        }

        return null;
    }

    // The third a premodifier names: "early" the first, "mid" the middle, "late" the last; -1 for any other word.
    private static int ThirdOf(string word) => word switch { "early" => 0, "mid" => 1, "late" => 2, _ => -1 };

    // The days of a month's third (0 first, 1 middle, 2 last): the 1st to the 10th, the 11th to the 20th, the 21st to
    // the month's last day.
    private static (DateOnly From, DateOnly To) Third(DateOnly month, int third)
    {
        var from = month.AddDays(third * 10);
        return (from, third == 2 ? month.AddMonths(1).AddDays(-1) : from.AddDays(9));
    }

    /// <summary>
    /// The month of which the days <paramref name="firstDay"/> to <paramref name="lastDay"/> (day numbers) are exactly a
    /// third, as a month told by its part is read ("early March", "the end of June"), or null.
    /// </summary>
    public static DateOnly? MonthOfThird(int firstDay, int lastDay)
    {
        var first = DateOnly.FromDayNumber(firstDay);
        var month = new DateOnly(first.Year, first.Month, 1);
        return Enumerable.Range(0, 3).Select(t => Third(month, t)).Any(t => t.From == first && t.To.DayNumber == lastDay) ? month : null;
    }

    private static FactValue Period(DateOnly from, DateOnly to) => new(ValueKind.Date, Interval.Between(from.DayNumber, to.DayNumber), "day");

    private static int Offset(string word) => word switch { "next" => 1, "last" => -1, _ => 0 };

    // "by the end of 2027" allows any day up to the period's end; "before"/"after" exclude the period.
    private static ValueSpan Hedged(Words words, int first, int last, DateOnly from, DateOnly to)
    {
        Interval range;
        if (words.EndsAt(first - 1, "by the end of") || words.EndsAt(first - 1, "by the end") || words.EndsAt(first - 1, "end of") && words[first - 3] == "by")
        {
            range = Interval.AtMost(to.DayNumber);
            first -= words.EndsAt(first - 1, "by the end of") ? 4 : 3;
        }
        else if (words[first - 1] == "by")
        {
            range = Interval.AtMost(to.DayNumber);
        }
        else if (words[first - 1] == "before")
        {
            range = Interval.LessThan(from.DayNumber);
        }
        else if (words[first - 1] == "after")
        {
            range = Interval.MoreThan(to.DayNumber);
        }
        else
        {
            range = Interval.Between(from.DayNumber, to.DayNumber);
        }

        return DateReader.Span(words, Math.Max(0, first), last, new FactValue(ValueKind.Date, range, "day"));
    }
}
