using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Checking.Independent;

/// <summary>
/// Reads the figures of a text from its words: digits and number words with their scale ("4.2bn", "three
/// thousand"), currency ("$", "euros", "EUR"), percent ("%", "per cent"), times of day ("14:30", "2.30pm"),
/// dates ("3 July", "July 3rd, 2026"), years, months and weekdays. General English forms only.
/// </summary>
internal static partial class FigureReader
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9,
        ["trillion"] = 1e12, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dollar"] = "dollar", ["dollars"] = "dollar", ["usd"] = "dollar", ["euro"] = "euro", ["euros"] = "euro", ["eur"] = "euro",
        ["pound"] = "pound", ["pounds"] = "pound", ["sterling"] = "pound", ["gbp"] = "pound", ["yen"] = "yen", ["jpy"] = "yen",
        ["yuan"] = "yuan", ["renminbi"] = "yuan", ["cny"] = "yuan", ["franc"] = "franc", ["francs"] = "franc", ["chf"] = "franc",
        ["krona"] = "krone", ["kronor"] = "krone", ["krone"] = "krone", ["kroner"] = "krone", ["rupee"] = "rupee", ["rupees"] = "rupee",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "dollar", ["€"] = "euro", ["£"] = "pound", ["¥"] = "yen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // "Mar" and "May" stay out: as abbreviations they are too often something else.
    private static readonly FrozenSet<string> MonthAbbreviations =
        FrozenSet.ToFrozenSet(["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static List<Figure> Read(string text, IReadOnlyList<Word> words)
    {
        var figures = new List<Figure>();
        var i = 0;
        while (i < words.Count)
        {
            var read = ReadAt(text, words, i);
            if (read is { } found)
            {
                figures.Add(found.Figure);
                i = found.Next;
            }
            else
            {
                i++;
            }
        }

        return figures;
    }

    private static (Figure Figure, int Next)? ReadAt(string text, IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        if (Month(w) is int month)
        {
            // "July 3", "July 3rd, 2026"
            if (i + 1 < words.Count && DayOfMonth(words, i + 1) is { } day)
            {
                return (new Figure(FigureKind.Date, (month * 100) + day.Day, "", Span(text, w, words[day.Last]), w.Start, words[day.Last].End), day.Last + 1);
            }

            return (new Figure(FigureKind.Month, month, "", w.Text, w.Start, w.End), i + 1);
        }

        if (Weekday(w) is int weekday)
        {
            return (new Figure(FigureKind.Weekday, weekday, "", w.Text, w.Start, w.End), i + 1);
        }

        if (w.Kind == WordKind.Digits)
        {
            return Duration(text, words, Digits(text, words, i));
        }

        if (w.IsLetters && Ordinals.TryGetValue(w.Folded, out var rank) && !IsFraction(words, i))
        {
            return (new Figure(FigureKind.Ordinal, rank, "", w.Text, w.Start, w.End), i + 1);
        }

        if (w.IsLetters && (Units.ContainsKey(w.Folded) || (w.Folded == "one" && i + 1 < words.Count && Scales.ContainsKey(words[i + 1].Folded))))
        {
            return Duration(text, words, NumberWords(text, words, i));
        }

        return null;
    }

    private static (Figure, int)? Digits(string text, IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        var first = i;
        var next = i + 1;
        string? currency = null;
        if (i > 0 && words[i - 1].Kind == WordKind.Symbol && CurrencySymbols.TryGetValue(words[i - 1].Text, out var symbol))
        {
            currency = symbol;
            first = i - 1;
        }
        else if (i > 0 && words[i - 1].IsLetters && CurrencyWords.TryGetValue(words[i - 1].Folded, out var code) && words[i - 1].IsAcronym)
        {
            currency = code; // "EUR 25m"
            first = i - 1;
        }

        if (w.Text.Contains(':', StringComparison.Ordinal))
        {
            return Time(text, words, i, first);
        }

        if (!double.TryParse(w.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var after = next < words.Count ? words[next] : null;
        if (after is { IsLetters: true } && after.Folded is "pm" or "am" && currency is null)
        {
            return Time(text, words, i, first);
        }

        if (after is { IsLetters: true, Glued: true } && after.Folded is "st" or "nd" or "rd" or "th")
        {
            next++; // an ordinal: "3rd"
            after = next < words.Count ? words[next] : null;
        }

        // "3 July", "3rd of July"
        var monthAt = after?.Folded == "of" && next + 1 < words.Count ? next + 1 : next;
        if (currency is null && value is >= 1 and <= 31 && value == Math.Floor(value) && monthAt < words.Count && Month(words[monthAt]) is int month)
        {
            // A year after it ("3 July 2026") is read next, on its own.
            return (new Figure(FigureKind.Date, (month * 100) + value, "", Span(text, words[first], words[monthAt]), words[first].Start, words[monthAt].End), monthAt + 1);
        }

        if (currency is null && Temperature(text, words, first, next, value) is { } temperature)
        {
            return temperature;
        }

        var scaled = false;
        if (after is { IsLetters: true } && Scales.TryGetValue(after.Folded, out var scale))
        {
            value *= scale;
            next++;
            scaled = true;
        }
        else if (after is { IsLetters: true, Glued: true } && currency is not null && after.Folded is "m" or "b" or "k")
        {
            value *= after.Folded switch { "m" => 1e6, "b" => 1e9, _ => 1e3 }; // "$240m", "€25m"
            next++;
            scaled = true;
        }

        var tail = next < words.Count ? words[next] : null;
        if (tail is { IsLetters: true } && CurrencyWords.TryGetValue(tail.Folded, out var named))
        {
            currency ??= named;
            next++;
        }
        else if (tail is { Kind: WordKind.Symbol, Text: "%" } || tail?.Folded is "percent" or "pct")
        {
            next++;
            return Percent(text, words, first, next, value);
        }
        else if (tail?.Folded == "per" && next + 1 < words.Count && words[next + 1].Folded == "cent")
        {
            next += 2;
            return Percent(text, words, first, next, value);
        }

        var end = words[next - 1];
        var surface = Span(text, words[first], end);
        if (currency is not null)
        {
            return (new Figure(FigureKind.Money, value, currency, surface, words[first].Start, end.End), next);
        }

        var kind = !scaled && IsYear(w) ? FigureKind.Year : FigureKind.Count;
        return (new Figure(kind, value, "", surface, words[first].Start, end.End), next);
    }

    private static (Figure, int) Percent(string text, IReadOnlyList<Word> words, int first, int next, double value)
    {
        var kind = FigureKind.Percent;
        if (next < words.Count && words[next].Folded == "percentage" && next + 1 < words.Count && words[next + 1].Folded is "point" or "points")
        {
            next += 2;
            kind = FigureKind.PercentagePoints;
        }

        return (new Figure(kind, value, "", Span(text, words[first], words[next - 1]), words[first].Start, words[next - 1].End), next);
    }

    // "41.3C", "41.3°C", "41.3 degrees Celsius", "105F", "40 degrees"
    private static (Figure, int)? Temperature(string text, IReadOnlyList<Word> words, int first, int next, double value)
    {
        if (next >= words.Count)
        {
            return null;
        }

        var after = words[next];
        string? unit = null;
        if (after is { IsLetters: true, Glued: true } && after.Text is "C" or "F")
        {
            unit = after.Text == "C" ? "celsius" : "fahrenheit";
        }
        else if (after.Text == "°" || after.Folded is "degree" or "degrees")
        {
            unit = string.Empty;
            if (next + 1 < words.Count && TemperatureScale(words[next + 1]) is { } scale && (after.Text != "°" || words[next + 1].Glued))
            {
                unit = scale;
                next++;
            }
        }

        if (unit is null)
        {
            return null;
        }

        return (new Figure(FigureKind.Temperature, value, unit, Span(text, words[first], words[next]), words[first].Start, words[next].End), next + 1);
    }

    private static string? TemperatureScale(Word w) => w.Folded switch
    {
        "celsius" or "centigrade" => "celsius",
        "fahrenheit" => "fahrenheit",
        "c" when w.Text == "C" => "celsius",
        "f" when w.Text == "F" => "fahrenheit",
        _ => null,
    };

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

        if (hour > 24 || minute > 59)
        {
            return null;
        }

        var ambiguous = meridiem is null && hour is >= 1 and <= 12 && !parts[0].StartsWith('0');
        return (new Figure(FigureKind.TimeOfDay, (hour * 60) + minute, "", Span(text, words[first], words[next - 1]), words[first].Start, words[next - 1].End, ambiguous), next);
    }

    // "twelve", "twenty seven" ("twenty-seven"), "three thousand", "two million euros"
    private static (Figure, int)? NumberWords(string text, IReadOnlyList<Word> words, int i)
    {
        double total = 0, current = 0;
        var next = i;
        while (next < words.Count && words[next].IsLetters)
        {
            var f = words[next].Folded;
            if (Units.TryGetValue(f, out var unit))
            {
                current += unit;
            }
            else if (f == "one" && next == i)
            {
                current += 1;
            }
            else if (f == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (Scales.TryGetValue(f, out var scale))
            {
                total += Math.Max(current, 1) * scale;
                current = 0;
            }
            else
            {
                break;
            }

            next++;
        }

        var value = total + current;
        string? currency = null;
        if (next < words.Count && CurrencyWords.TryGetValue(words[next].Folded, out var named))
        {
            currency = named;
            next++;
        }
        else if (next < words.Count && (words[next].Folded is "percent" || words[next].Text == "%"))
        {
            return Percent(text, words, i, next + 1, value);
        }

        var surface = Span(text, words[i], words[next - 1]);
        return currency is null
            ? (new Figure(FigureKind.Count, value, "", surface, words[i].Start, words[next - 1].End), next)
            : (new Figure(FigureKind.Money, value, currency, surface, words[i].Start, words[next - 1].End), next);
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

    private static string Span(string text, Word first, Word last) => text[first.Start..last.End];
}
