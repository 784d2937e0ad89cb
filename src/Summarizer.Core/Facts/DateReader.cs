namespace Summarizer.Facts;

/// <summary>
/// Calendar references as intervals of days: full and partial dates ("Sunday 8 March 2026", "March 8"), weekdays
/// ("on Saturday") resolved against the article's date when there is one, and wider periods (<see cref="DatePeriods"/>).
/// A weekday written with a date is checked against it.
/// </summary>
internal static class DateReader
{
    /// <summary>The year a date without one is read in when the article has no date: only relative comparisons then hold.</summary>
    public const int NoAnchorYear = 2001;

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
    /// The first day and month written without a year in <paramref name="text"/> ("Feb 9", "9 September"): a wire
    /// dateline's date, whose year only the story's other articles can give.
    /// </summary>
    public static (int Month, int Day)? FirstYearlessDate(string text)
    {
        var words = new Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (DateAt(words, i, null, false) is { } span && span.Value.Range.IsPoint && span.Value.Range.Low > 0
                && DateOnly.FromDayNumber((int)span.Value.Range.Low) is { Year: NoAnchorYear } day
                && !Enumerable.Range(span.First, span.Last - span.First + 1).Any(k => CalendarWords.YearAt(words, k) is not null))
            {
                return (day.Month, day.Day);
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
            if (CalendarWords.WeekdayAt(words, k) is { } wd)
            {
                weekday = wd;
            }
            else if (CalendarWords.MonthAt(words, k) is { } m)
            {
                month = m;
            }
            else if (CalendarWords.YearAt(words, k) is { } y)
            {
                year = y;
            }
            else if (CalendarWords.DayNumber(words, k) is { } d)
            {
                day = d; // a day number is read only beside its month
            }
        }

        return (year, month, day, weekday);
    }

    /// <summary>The year token <paramref name="i"/> writes (four digits, 1800-2100), or null.</summary>
    internal static int? YearAt(Words words, int i) => CalendarWords.YearAt(words, i);

    /// <summary>
    /// The day a day and month (and year, when written) name; without a year, the one nearest the article's date, or,
    /// when a weekday is written with it, the one of the two either side of that date (within a year) that falls on it.
    /// </summary>
    internal static DateOnly Resolve(int year, int month, int day, DateOnly? anchor, DayOfWeek? weekday = null)
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

        var candidates = Enumerable.Range(a.Year - 1, 3)
            .Select(y => new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))))
            .ToList();
        // "Friday 12 June" in a piece written in late December is the June gone if that one was a Friday, though the
        // June to come is nearer: the weekday the writer gives is the year's only mark. A weekday no day within a year
        // falls on is a slip (kept as a mismatch), not a reason to reach further.
        var nearest = candidates.MinBy(d => Math.Abs(d.DayNumber - a.DayNumber));
        if (weekday is not { } named || nearest.DayOfWeek == named)
        {
            return nearest;
        }

        return candidates.Where(d => d.DayOfWeek == named && Math.Abs(d.DayNumber - a.DayNumber) <= DaysInYear)
            .Cast<DateOnly?>()
            .MinBy(d => Math.Abs(d!.Value.DayNumber - a.DayNumber)) ?? nearest;
    }

    private const int DaysInYear = 366;

    internal static ValueSpan Day(Words words, int first, int last, DateOnly date) =>
        Span(words, first, last, new FactValue(ValueKind.Date, Interval.Point(date.DayNumber), "day") { Weekday = date.DayOfWeek });

    internal static ValueSpan Span(Words words, int first, int last, FactValue value) =>
        new(value, first, last, words.Tokens[first].Start, words.Tokens[last].End, first);

    private static ValueSpan? DateAt(Words words, int i, DateOnly? anchor, bool future)
    {
        var first = i;
        var weekday = CalendarWords.WeekdayAt(words, i);
        if (weekday is not null)
        {
            i += words[i + 1] == "the" ? 2 : 1;
        }

        var (day, month, year, last) = (0, 0, 0, i - 1);
        if (CalendarWords.DayNumber(words, i) is { } d && CalendarWords.MonthAt(words, i + (words[i + 1] == "of" ? 2 : 1)) is { } m1)
        {
            (day, month, last) = (d, m1, i + (words[i + 1] == "of" ? 2 : 1));
        }
        else if (CalendarWords.MonthAt(words, i) is { } m2 && CalendarWords.DayNumber(words, i + 1) is { } d2)
        {
            (day, month, last) = (d2, m2, i + 1);
        }

        if (month > 0 && CalendarWords.YearAt(words, last + 1) is { } y)
        {
            (year, last) = (y, last + 1);
        }
        else if (month > 0 && anchor is { } anchorDay && YearsFrom(words, last + 1) is { } shift)
        {
            (year, last) = (anchorDay.Year + shift, last + 2); // "since April 14 last year"
        }

        if (month > 0)
        {
            var resolved = Resolve(year, month, day, anchor, weekday);
            var value = new FactValue(ValueKind.Date, Interval.Point(resolved.DayNumber), "day")
            {
                Weekday = weekday,
                WeekdayMismatch = weekday is not null && (year > 0 || anchor is not null) && resolved.DayOfWeek != weekday,
            };
            return Span(words, first, last, value);
        }

        if (weekday is { } alone)
        {
            return Span(words, first, first, WeekdayValue(words, first, alone, anchor, future));
        }

        return DatePeriods.At(words, first, anchor);
    }

    /// <summary>"last year", "next year", "this year" at <paramref name="i"/>: the year counted from the article's year.</summary>
    internal static int? YearsFrom(Words words, int i) => words[i + 1] != "year" ? null : words[i] switch
    {
        "last" => -1,
        "next" => 1,
        "this" => 0,
        _ => null,
    };

    // "on Saturday" is the last Saturday on or before the article's date; "next Saturday", "until Saturday" and
    // weekdays in clauses about the future look ahead. "by Saturday" is a deadline, ahead unless its clause is in the
    // past perfect: "had received 126 calls by Wednesday evening" tells what was reached by a day gone. The weekday's
    // own clause says which (see WeekdayTense); only a clause whose verb says neither is read by the sentence's words
    // (<paramref name="future"/>).
    private static FactValue WeekdayValue(Words words, int i, DayOfWeek weekday, DateOnly? anchor, bool future)
    {
        if (anchor is not { } a || Anaphoric(words, i))
        {
            return new FactValue(ValueKind.Date, new Interval(double.NegativeInfinity, double.PositiveInfinity, true, true), "day") { Weekday = weekday };
        }

        var ahead = words[i - 1] is "next" or "until" or "from" || (words[i - 1] == "by" ? !WeekdayTense.PastPerfect(words, i) : WeekdayTense.Ahead(words, i) ?? future);
        var back = words[i - 1] == "last";
        var shift = ((int)weekday - (int)a.DayOfWeek + 7) % 7;
        var date = ahead && !back ? a.AddDays(shift) : a.AddDays(shift == 0 ? 0 : shift - 7);
        var otherWeek = shift == 0 ? 0 : ahead && !back ? -7 : 7;
        return new FactValue(ValueKind.Date, Interval.Point(date.DayNumber), "day") { Weekday = weekday, Relative = true, OtherWeek = otherWeek };
    }

    // "When staff arrived that Monday", "on that Monday": a demonstrative points back to a day the story has already set
    // (the day of the closure, of the crash), not to the weekday nearest the report, so the week is unknown. "said that
    // Monday's meeting" and "ruled that Tuesday's match" are a clause opened by "that", with the weekday a possessive,
    // and keep the report's week.
    private static bool Anaphoric(Words words, int i) =>
        i >= 1 && words[i - 1] == "that" && !words.BreakAfter(i - 1) && !words[i].EndsWith("'s", StringComparison.Ordinal)
        && !words.Tokens[i].Text.EndsWith("'s", StringComparison.Ordinal) && Demonstrative(words, i);

    // "that" before a weekday is a demonstrative when the weekday closes its phrase ("arrived that Monday, classrooms
    // were", "that Monday morning") or "that" follows a preposition or opens the sentence ("on that Monday", "That
    // Monday, ..."); after a verb of saying it opens a clause ("said that Monday was the earliest date").
    private static bool Demonstrative(Words words, int i) =>
        words.BreakAfter(i) || i + 1 >= words.Count || words[i + 1] is "morning" or "afternoon" or "evening" or "night"
        || i - 2 < 0 || words.BreakAfter(i - 2) || words[i - 2] is "on" or "by" or "until" or "from" or "since";
}
