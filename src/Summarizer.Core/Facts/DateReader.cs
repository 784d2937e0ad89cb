using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Facts;

/// <summary>
/// Calendar references as intervals of days: full and partial dates ("Sunday 8 March 2026", "March 8", "in June",
/// "2028", "the second quarter of 2027", "in the autumn"), weekdays and relative words ("on Saturday",
/// "yesterday", "next year") resolved against the article's date when there is one. A weekday written with a
/// date is checked against it.
/// </summary>
internal static class DateReader
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (int From, int To)> Seasons = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["spring"] = (3, 5), ["summer"] = (6, 8), ["autumn"] = (9, 11), ["fall"] = (9, 11), ["winter"] = (12, 14),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Quarters = ["first", "second", "third", "fourth"];

    // The year a date without one is read in when the article has no date: only relative comparisons then hold.
    private const int NoAnchorYear = 2001;

    public static List<ValueSpan> Read(Words words, bool[] used, DateOnly? anchor, bool future)
    {
        var found = new List<ValueSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i] || DateAt(words, i, anchor, future) is not { } span)
            {
                continue;
            }

            found.Add(span);
            for (var k = span.First; k <= span.Last; k++)
            {
                used[k] = true;
            }

            i = span.Last;
        }

        return found;
    }

    /// <summary>The first full date (day, month and year) in <paramref name="text"/>: a dateline's date.</summary>
    public static DateOnly? FirstFullDate(string text)
    {
        var words = new Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (DateAt(words, i, null, false) is { } span && span.Value.Range.IsPoint && span.Value.Range.Low > 0
                && DateOnly.FromDayNumber((int)span.Value.Range.Low).Year != NoAnchorYear)
            {
                return DateOnly.FromDayNumber((int)span.Value.Range.Low);
            }
        }

        return null;
    }

    /// <summary>
    /// The calendar parts that <paramref name="span"/> (a date this reader found) writes out, null for a part it leaves
    /// unsaid: "March 14" gives no year, "February 2022" no day. A claim's date is held by a source's date that writes
    /// every part the claim writes, alike; the interval alone cannot say which parts were written.
    /// </summary>
    public static (int? Year, int? Month, int? Day, DayOfWeek? Weekday) PartsOf(Words words, ValueSpan span)
    {
        int? year = null, month = null, day = null;
        DayOfWeek? weekday = null;
        for (var k = span.First; k <= span.Last; k++)
        {
            if (Weekdays.TryGetValue(StripPossessive(words[k]), out var wd) && words.Capitalized(k))
            {
                weekday = wd;
            }
            else if (MonthAt(words, k) is { } m)
            {
                month = m;
            }
            else if (YearAt(words, k) is { } y)
            {
                year = y;
            }
            else if (DayNumber(words, k) is { } d)
            {
                day = d; // a day number is read only beside its month
            }
        }

        return (year, month, day, weekday);
    }

    private static ValueSpan? DateAt(Words words, int i, DateOnly? anchor, bool future)
    {
        var first = i;
        DayOfWeek? weekday = null;
        if (Weekdays.TryGetValue(StripPossessive(words[i]), out var wd) && words.Capitalized(i))
        {
            weekday = wd;
            i += words[i + 1] == "the" ? 2 : 1;
        }

        var (day, month, year, last) = (0, 0, 0, i - 1);
        if (DayNumber(words, i) is { } d && MonthAt(words, i + (words[i + 1] == "of" ? 2 : 1)) is { } m1)
        {
            (day, month, last) = (d, m1, i + (words[i + 1] == "of" ? 2 : 1));
        }
        else if (MonthAt(words, i) is { } m2 && DayNumber(words, i + 1) is { } d2)
        {
            (day, month, last) = (d2, m2, i + 1);
        }

        if (month > 0 && YearAt(words, last + 1) is { } y)
        {
            (year, last) = (y, last + 1);
        }

        if (month > 0)
        {
            var resolved = Resolve(year, month, day, anchor);
            var value = new FactValue(ValueKind.Date, Interval.Point(resolved.DayNumber), "day")
            {
                Weekday = weekday,
                WeekdayMismatch = weekday is not null && (year > 0 || anchor is not null) && resolved.DayOfWeek != weekday,
            };
            return Span(words, first, last, value);
        }

        if (weekday is not null)
        {
            return Span(words, first, first, WeekdayValue(words, first, weekday.Value, anchor, future));
        }

        return PeriodAt(words, first, anchor);
    }

    // Months, years, quarters, seasons and relative days: each an interval of days.
    private static ValueSpan? PeriodAt(Words words, int i, DateOnly? anchor)
    {
        if (MonthAt(words, i) is { } month && (words[i] != "may" || words[i - 1] is "in" or "since" or "from" or "until" or "by" or "of" or "early" or "late" or "mid"))
        {
            var year = YearAt(words, i + 1);
            var y = year ?? Resolve(0, month, 1, anchor).Year;
            var last = year is null ? i : i + 1;
            return Hedged(words, i, last, new DateOnly(y, month, 1), new DateOnly(y, month, 1).AddMonths(1).AddDays(-1));
        }

        if (YearAt(words, i) is { } alone && (words[i - 1] is "in" or "since" or "of" or "from" or "until" or "by" or "before" or "after" or "during"))
        {
            return Hedged(words, i, i, new DateOnly(alone, 1, 1), new DateOnly(alone, 12, 31));
        }

        var quarter = Array.IndexOf(Quarters, words[i]);
        if (quarter >= 0 && words[i + 1] == "quarter" && (YearAt(words, i + 3) is not null || anchor is not null))
        {
            var qYear = words[i + 2] == "of" && YearAt(words, i + 3) is { } qy ? qy : anchor!.Value.Year;
            var last = words[i + 2] == "of" && YearAt(words, i + 3) is not null ? i + 3 : i + 1;
            var from = new DateOnly(qYear, quarter * 3 + 1, 1);
            return Hedged(words, i, last, from, from.AddMonths(3).AddDays(-1));
        }

        if (Seasons.TryGetValue(words[i], out var season) && words[i - 1] == "the" && words[i - 2] is "in" or "during" or "by")
        {
            var sYear = words[i + 1] == "of" && YearAt(words, i + 2) is { } sy ? sy : anchor?.Year ?? NoAnchorYear;
            var last = words[i + 1] == "of" && YearAt(words, i + 2) is not null ? i + 2 : i;
            var from = new DateOnly(sYear, season.From > 12 ? 12 : season.From, 1);
            return Hedged(words, i, last, from, from.AddMonths(season.To - season.From + 1).AddDays(-1));
        }

        if (anchor is not { } a)
        {
            return null; // "four years ago", "last week": no article date to count back from, so left unresolved
        }

        if (AgoAt(words, i, a) is { } ago)
        {
            return ago;
        }

        return words[i] switch
        {
            "yesterday" => Day(words, i, i, a.AddDays(-1)),
            "today" or "tonight" => Day(words, i, i, a),
            "tomorrow" => Day(words, i, i, a.AddDays(1)),
            "last" when words[i + 1] == "night" => Day(words, i, i + 1, a.AddDays(-1)),
            "next" or "last" or "this" when words[i + 1] == "year" =>
                Hedged(words, i, i + 1, new DateOnly(a.Year + Offset(words[i]), 1, 1), new DateOnly(a.Year + Offset(words[i]), 12, 31)),
            "later" when words.At(i + 1, "this year") => Span(words, i, i + 2, new FactValue(ValueKind.Date, Interval.Between(a.DayNumber, new DateOnly(a.Year, 12, 31).DayNumber), "day")),
            "earlier" when words.At(i + 1, "this year") => Span(words, i, i + 2, new FactValue(ValueKind.Date, Interval.Between(new DateOnly(a.Year, 1, 1).DayNumber, a.DayNumber), "day")),
            "next" or "last" or "this" when words[i + 1] == "month" =>
                Hedged(words, i, i + 1, new DateOnly(a.Year, a.Month, 1).AddMonths(Offset(words[i])), new DateOnly(a.Year, a.Month, 1).AddMonths(Offset(words[i]) + 1).AddDays(-1)),
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
                return Span(words, i, last, Period(new DateOnly(a.Year - n, 1, 1), new DateOnly(a.Year - n, 12, 31)));
            case "month" or "months":
                var month = new DateOnly(a.Year, a.Month, 1).AddMonths(-n);
                return Span(words, i, last, Period(month, month.AddMonths(1).AddDays(-1)));
            case "week" or "weeks":
                var week = a.AddDays(-7 * n);
                return Span(words, i, last, Period(week.AddDays(-3), week.AddDays(3)));
            case "day" or "days":
                return Day(words, i, last, a.AddDays(-n));
            default:
                return null;
        }
    }

    private static FactValue Period(DateOnly from, DateOnly to) => new(ValueKind.Date, Interval.Between(from.DayNumber, to.DayNumber), "day");

    private static int Offset(string word) => word switch { "next" => 1, "last" => -1, _ => 0 };

    private static FactValue WeekdayValue(Words words, int i, DayOfWeek weekday, DateOnly? anchor, bool future)
    {
        if (anchor is not { } a)
        {
            return new FactValue(ValueKind.Date, new Interval(double.NegativeInfinity, double.PositiveInfinity, true, true), "day") { Weekday = weekday };
        }

        var ahead = future || words[i - 1] is "next" or "until" or "from" or "by";
        var back = words[i - 1] == "last";
        var shift = ((int)weekday - (int)a.DayOfWeek + 7) % 7;
        var date = ahead && !back ? a.AddDays(shift) : a.AddDays(shift == 0 ? 0 : shift - 7);
        return new FactValue(ValueKind.Date, Interval.Point(date.DayNumber), "day") { Weekday = weekday, Relative = true };
    }

    private static ValueSpan Day(Words words, int first, int last, DateOnly date) =>
        Span(words, first, last, new FactValue(ValueKind.Date, Interval.Point(date.DayNumber), "day") { Weekday = date.DayOfWeek });

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

        return Span(words, Math.Max(0, first), last, new FactValue(ValueKind.Date, range, "day"));
    }

    private static ValueSpan Span(Words words, int first, int last, FactValue value) =>
        new(value, first, last, words.Tokens[first].Start, words.Tokens[last].End, first);

    private static DateOnly Resolve(int year, int month, int day, DateOnly? anchor)
    {
        day = Math.Max(1, day);
        if (year > 0)
        {
            return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        }

        if (anchor is not { } a)
        {
            return new DateOnly(NoAnchorYear, month, Math.Min(day, DateTime.DaysInMonth(NoAnchorYear, month)));
        }

        // The year that puts the date nearest the article's date.
        return Enumerable.Range(a.Year - 1, 3)
            .Select(y => new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))))
            .MinBy(d => Math.Abs(d.DayNumber - a.DayNumber));
    }

    private static int? MonthAt(Words words, int i) =>
        Months.TryGetValue(words[i], out var m) && words.Capitalized(i) ? m : null;

    private static int? DayNumber(Words words, int i)
    {
        var w = words[i];
        var digits = w.Length > 2 && w[^2..] is "st" or "nd" or "rd" or "th" ? w[..^2] : w;
        return digits.Length is 1 or 2 && digits.All(char.IsDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var d ? d : null;
    }

    /// <summary>The year token <paramref name="i"/> writes (four digits, 1800-2100), or null.</summary>
    internal static int? YearAt(Words words, int i) =>
        words[i].Length == 4 && words[i].All(char.IsDigit) && int.Parse(words[i], CultureInfo.InvariantCulture) is >= 1800 and <= 2100 and var y ? y : null;

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
