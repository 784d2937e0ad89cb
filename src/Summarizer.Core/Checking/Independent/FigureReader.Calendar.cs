using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Checking.Independent;

/// <summary>The calendar: months, weekdays, days of the month, years and times of day.</summary>
internal static partial class FigureReader
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // "Mar" and "May" stay out: as abbreviations they are too often something else.
    private static readonly FrozenSet<string> MonthAbbreviations =
        FrozenSet.ToFrozenSet(["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    // "14:30", "2:30pm", "2.30 p.m.", "2pm"
    private static (Figure, int)? Time(string text, IReadOnlyList<Word> words, int i, int first)
    {
        var parts = words[i].Text.Split(':', '.');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || (parts.Length > 1 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var minute = parts.Length > 1 ? int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var next = i + 1;
        var meridiem = next < words.Count && words[next].Folded is "pm" or "am" ? words[next].Folded : null;
        if (meridiem is not null)
        {
            next++;
            hour = (hour % 12) + (meridiem == "pm" ? 12 : 0);
        }
        else if (next < words.Count && words[next].Folded == "oclock")
        {
            next++; // "11 o'clock": morning or night, as a bare "11" is
        }

        if (hour > 24 || minute > 59)
        {
            return null;
        }

        var ambiguous = meridiem is null && hour is >= 1 and <= 12 && !parts[0].StartsWith('0');
        return (new Figure(FigureKind.TimeOfDay, (hour * 60) + minute, "", Span(text, words[first], words[next - 1]), words[first].Start, words[next - 1].End, ambiguous), next);
    }

    // "eleven o'clock", "one o'clock", "half past two", "quarter past 9", "a quarter to six": a time of day in words,
    // morning or night.
    private static (Figure, int)? ClockWords(string text, IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        if (SpokenHour(words, i) is { } hour && i + 1 < words.Count && words[i + 1].Folded == "oclock")
        {
            return (new Figure(FigureKind.TimeOfDay, hour * 60, "", Span(text, w, words[i + 1]), w.Start, words[i + 1].End, true), i + 2);
        }

        // "eight in the morning", "seven this morning", "nine in the evening": a bare hour with the part of the day it
        // falls in is a time of day on that half of the clock.
        if (SpokenHour(words, i) is { } bare && HalfOfDay(words, i + 1, bare) is { } half)
        {
            var clock = ((bare % 12) * 60) + (half.Afternoon ? 720 : 0);
            return (new Figure(FigureKind.TimeOfDay, clock, "", Span(text, w, words[half.Last]), w.Start, words[half.Last].End, false), half.Last + 1);
        }

        if (MinutesPastOrTo(text, words, i) is { } spelled)
        {
            return spelled;
        }

        var at = w.Folded == "a" ? i + 1 : i;
        if (at + 2 >= words.Count || words[at + 1].Folded is not ("past" or "to") || SpokenHour(words, at + 2) is not { } of)
        {
            return null;
        }

        int? minutes = (words[at].Folded, words[at + 1].Folded) switch
        {
            ("half", "past") when at == i => (of * 60) + 30,
            ("quarter", "past") => (of * 60) + 15,
            ("quarter", "to") => (((of + 10) % 12) + 1) * 60 + 45,
            // "twenty past eight", "ten to six": minutes in fives, as a clock is read aloud
            (var m, "past") when at == i && MinutesAloud(m) is { } past => (of * 60) + past,
            // ("ten to six" only after a word that sets a time: "voted ten to six" is a vote)
            (var m, "to") when at == i && MinutesAloud(m) is { } to && i > 0 && words[i - 1].Folded is "at" or "around" or "about" or "before" or "after" or "until" or "till" or "by" or "nearly" or "almost"
                => (((of + 10) % 12) + 1) * 60 + (60 - to),
            _ => null,
        };
        return minutes is { } value
            ? (new Figure(FigureKind.TimeOfDay, value, "", Span(text, w, words[at + 2]), w.Start, words[at + 2].End, true), at + 3)
            : null;
    }

    // "eight minutes to noon", "12 minutes past midnight", "three minutes past ten": any count of minutes, said with the
    // word "minutes", before or after an hour, noon or midnight (which, unlike a bare hour, say which half of the day).
    private static (Figure, int)? MinutesPastOrTo(string text, IReadOnlyList<Word> words, int i)
    {
        var count = words[i].Kind == WordKind.Digits && int.TryParse(words[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : Units.TryGetValue(words[i].Folded, out var unit) ? (int)unit
            : 0;
        if (count is < 1 or > 59 || i + 3 >= words.Count || words[i + 1].Folded is not ("minute" or "minutes") || words[i + 2].Folded is not ("past" or "to"))
        {
            return null;
        }

        var (hour, ambiguous) = words[i + 3].Folded switch
        {
            "noon" or "midday" => (12, false),
            "midnight" => (0, false),
            _ => (SpokenHour(words, i + 3) ?? -1, true),
        };
        if (hour < 0)
        {
            return null;
        }

        var minutes = words[i + 2].Folded == "past" ? (hour * 60) + count : ((hour * 60) - count + 1440) % 1440;
        return (new Figure(FigureKind.TimeOfDay, minutes, "", Span(text, words[i], words[i + 3]), words[i].Start, words[i + 3].End, ambiguous), i + 4);
    }

    // The part of the day said after an hour ("in the morning", "this evening", "at night"): which half of the clock it
    // is on, and the index of its last word; null when none follows. Night is the evening's hours only: "two at night" is
    // read as no half.
    private static (bool Afternoon, int Last)? HalfOfDay(IReadOnlyList<Word> words, int at, int hour)
    {
        var (part, last) = at + 2 < words.Count && words[at].Folded == "in" && words[at + 1].Folded == "the" ? (words[at + 2].Folded, at + 2)
            : at + 1 < words.Count && words[at].Folded is "this" or "at" ? (words[at + 1].Folded, at + 1)
            : ("", -1);
        return part switch
        {
            "morning" when words[at].Folded != "at" => (false, last),
            "afternoon" or "evening" when words[at].Folded != "at" => (true, last),
            "night" when hour is >= 6 and <= 11 && words[at].Folded != "this" => (true, last),
            _ => null,
        };
    }

    private static int? MinutesAloud(string folded) => folded switch
    {
        "five" => 5,
        "ten" => 10,
        "twenty" => 20,
        _ => null,
    };

    // An hour of a twelve-hour clock in words or digits: "two", "11".
    private static int? SpokenHour(IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        var hour = w.Folded == "one" ? 1
            : Units.TryGetValue(w.Folded, out var unit) ? unit
            : w.Kind == WordKind.Digits && int.TryParse(w.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : 0;
        return hour is >= 1 and <= 12 ? hour : null;
    }

    private static (int Day, int Last)? DayOfMonth(IReadOnlyList<Word> words, int at)
    {
        if (words[at].Kind != WordKind.Digits || !int.TryParse(words[at].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        var last = at;
        if (last + 1 < words.Count && words[last + 1] is { Glued: true } suffix && suffix.Folded is "st" or "nd" or "rd" or "th")
        {
            last++;
        }

        return (day, last);
    }

    // "2026-27", "2026/27", "2026-2027": a financial year, named by the year it starts in.
    private static (Figure, int)? FiscalYear(string text, IReadOnlyList<Word> words, int i)
    {
        if (!IsYear(words[i]) || i + 1 >= words.Count || words[i + 1].Kind != WordKind.Digits || words[i + 1].Start != words[i].End + 1
            || text[words[i].End] is not ('-' or '/' or '–'))
        {
            return null;
        }

        var start = int.Parse(words[i].Text, NumberStyles.None, CultureInfo.InvariantCulture);
        var end = words[i + 1].Text;
        var follows = (end.Length == 2 && end == ((start + 1) % 100).ToString("00", CultureInfo.InvariantCulture))
            || (end.Length == 4 && end == (start + 1).ToString(CultureInfo.InvariantCulture));
        return follows ? (new Figure(FigureKind.FiscalYear, start, "", Span(text, words[i], words[i + 1]), words[i].Start, words[i + 1].End), i + 2) : null;
    }

    private static bool IsYear(Word w) =>
        w.Kind == WordKind.Digits && w.Text.Length == 4 && int.TryParse(w.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2199;

    // Capitalised only: "may" and "march" are also ordinary words.
    private static int? Month(Word w)
    {
        if (!w.IsCapitalized)
        {
            return null;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];
            if (w.Folded == name || (MonthAbbreviations.Contains(w.Folded) && name.StartsWith(w.Folded, StringComparison.Ordinal)))
            {
                return m + 1;
            }
        }

        return null;
    }

    private static int? Weekday(Word w)
    {
        if (!w.IsCapitalized)
        {
            return null;
        }

        var i = Array.IndexOf(Weekdays, w.Folded);
        return i >= 0 ? i : null;
    }
}
