using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Facts;

/// <summary>The calendar's words (months, weekdays, seasons, quarters) and the tokens that write a day or a year.</summary>
internal static class CalendarWords
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // The full names, and the abbreviations a dateline or a table writes.
    private static readonly FrozenDictionary<string, int> Months = MonthNames
        .Select((name, i) => KeyValuePair.Create(name, i + 1))
        .Concat(new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
            ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        })
        .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Months a season spans (northern hemisphere); winter runs into the next year's first two months.
    private static readonly FrozenDictionary<string, (int From, int To)> Seasons = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["spring"] = (3, 5), ["summer"] = (6, 8), ["autumn"] = (9, 11), ["fall"] = (9, 11), ["winter"] = (12, 14),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Quarters = ["first", "second", "third", "fourth"];

    /// <summary>The weekdays' and months' full names, lower-case ("monday", "march").</summary>
    public static IEnumerable<string> DayAndMonthNames => Weekdays.Keys.Concat(MonthNames);

    /// <summary>The capitalised weekday token <paramref name="i"/> writes ("Monday", "Monday's"), or null.</summary>
    public static DayOfWeek? WeekdayAt(Words words, int i) =>
        Weekdays.TryGetValue(StripPossessive(words[i]), out var wd) && words.Capitalized(i) ? wd : null;

    /// <summary>The capitalised month token <paramref name="i"/> writes ("March", "Sept"), or null.</summary>
    public static int? MonthAt(Words words, int i) =>
        Months.TryGetValue(words[i], out var m) && words.Capitalized(i) ? m : null;

    /// <summary>A day of the month ("8", "8th", "21st"), or null.</summary>
    public static int? DayNumber(Words words, int i)
    {
        // Read in place: every word of every sentence is asked.
        var w = words[i].AsSpan();
        var digits = w.Length > 2 && w[^2..] is "st" or "nd" or "rd" or "th" ? w[..^2] : w;
        if (digits.Length is not (1 or 2))
        {
            return null;
        }

        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return null;
            }
        }

        return int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var d ? d : null;
    }

    /// <summary>The year token <paramref name="i"/> writes (four digits, 1800-2100), or null.</summary>
    public static int? YearAt(Words words, int i) =>
        words[i].Length == 4 && words[i].All(char.IsDigit) && int.Parse(words[i], CultureInfo.InvariantCulture) is >= 1800 and <= 2100 and var y ? y : null;

    /// <summary>
    /// The years of a span written as one token, the second year in full or by its last two digits ("2026-27",
    /// "2026/2027"); null unless the second year follows the first.
    /// </summary>
    public static (int From, int To)? YearSpanAt(Words words, int i)
    {
        // Most words hold no '-' or '/': they are no span of years, and need not be split.
        var parts = words.Tokens.Count > i && i >= 0 && words[i].AsSpan().IndexOfAny('-', '/') >= 0 ? words[i].Split('-', '/') : [];
        if (parts is not [{ Length: 4 } first, { Length: 2 or 4 } second] || !first.All(char.IsDigit) || !second.All(char.IsDigit))
        {
            return null;
        }

        var from = int.Parse(first, CultureInfo.InvariantCulture);
        var to = int.Parse(second, CultureInfo.InvariantCulture);
        to = second.Length == 2 ? from / 100 * 100 + to : to;
        return from is >= 1800 and <= 2100 && to == from + 1 ? (from, to) : null;
    }

    /// <summary>The months a season word spans (13 and 14 are the next year's January and February).</summary>
    public static (int From, int To)? SeasonOf(string word) => Seasons.TryGetValue(word, out var s) ? s : null;

    /// <summary>0 for "first" ... 3 for "fourth"; -1 for any other word.</summary>
    public static int QuarterIndex(string word) => Array.IndexOf(Quarters, word);

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
