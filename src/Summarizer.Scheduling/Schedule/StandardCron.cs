using System.Globalization;
using System.Text;

namespace Summarizer.Scheduling.Schedule;

/// <summary>
/// Reads a standard five-field crontab expression (<c>minute hour day-of-month month day-of-week</c>)
/// and writes the Quartz form (<c>second minute hour day-of-month month day-of-week</c>).
/// </summary>
/// <remarks>
/// We validate every field ourselves, so a user sees "day-of-week: 8 is out of range 0-7" instead of
/// a Quartz parser message about a six-field layout they never wrote. Day-of-week is numbered 0-7
/// (0 and 7 are Sunday) in crontab but 1-7 from Sunday in Quartz, so it is always written back as
/// names. When only one of day-of-month and day-of-week is restricted, the other becomes <c>?</c>;
/// when both are, crontab fires when either matches, which Quartz 4.7 reads the same way.
/// </remarks>
internal static class StandardCron
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    private sealed record Field(string Name, int Min, int Max, string[]? Names, int NameBase);

    private static readonly Field Minute = new("minute", 0, 59, null, 0);
    private static readonly Field Hour = new("hour", 0, 23, null, 0);
    private static readonly Field DayOfMonth = new("day-of-month", 1, 31, null, 0);
    private static readonly Field Month = new("month", 1, 12, MonthNames, 1);
    private static readonly Field DayOfWeek = new("day-of-week", 0, 7, DayNames, 0);

    /// <summary>Converts <paramref name="expression"/>; throws <see cref="FormatException"/> naming the bad field.</summary>
    public static string ToQuartz(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        if (Macros.TryGetValue(text, out var expanded))
        {
            text = expanded;
        }
        else if (text.StartsWith('@'))
        {
            throw new FormatException($"unknown macro '{text}' (use @yearly, @monthly, @weekly, @daily, @midnight or @hourly)");
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            throw new FormatException(
                $"expected 5 fields (minute hour day-of-month month day-of-week), found {parts.Length} in '{expression}'");
        }

        var minute = Normalize(parts[0], Minute);
        var hour = Normalize(parts[1], Hour);
        var dom = Normalize(parts[2], DayOfMonth);
        var month = Normalize(parts[3], Month);
        var dowDays = Expand(parts[4], DayOfWeek).Select(d => d % 7).ToHashSet();
        var domRestricted = !IsStar(parts[2]);
        var dowRestricted = !IsStar(parts[4]);

        string domOut, dowOut;
        if (!dowRestricted)
        {
            (domOut, dowOut) = (dom, "?");
        }
        else if (!domRestricted)
        {
            (domOut, dowOut) = ("?", DaysToNames(dowDays));
        }
        else
        {
            // Both restricted: crontab's "either matches" rule, which Quartz 4.7 applies to this form.
            (domOut, dowOut) = (dom, DaysToNames(dowDays));
        }

        return string.Join(' ', "0", minute, hour, domOut, month, dowOut);
    }

    private static bool IsStar(string field) => field is "*" or "?";

    // Validates the field and returns it in a spelling Quartz reads with the same meaning.
    private static string Normalize(string raw, Field field)
    {
        _ = Expand(raw, field);
        return raw == "?" ? "*" : raw.ToUpperInvariant();
    }

    private static SortedSet<int> Expand(string raw, Field field)
    {
        var values = new SortedSet<int>();
        if (raw == "?")
        {
            raw = "*";
        }

        foreach (var item in raw.Split(','))
        {
            if (item.Length == 0)
            {
                throw Error(field, $"empty list item in '{raw}'");
            }

            var slash = item.IndexOf('/', StringComparison.Ordinal);
            var rangePart = slash < 0 ? item : item[..slash];
            var step = 1;
            if (slash >= 0)
            {
                var stepText = item[(slash + 1)..];
                if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step <= 0)
                {
                    throw Error(field, $"step '{stepText}' must be a positive whole number");
                }
            }

            int from, to;
            if (rangePart == "*")
            {
                (from, to) = (field.Min, field == DayOfWeek ? 6 : field.Max);
            }
            else
            {
                var dash = rangePart.IndexOf('-', StringComparison.Ordinal);
                if (dash < 0)
                {
                    if (slash >= 0)
                    {
                        throw Error(field, $"a step needs a range or '*' before it, not '{item}'");
                    }

                    from = to = Value(rangePart, field);
                }
                else
                {
                    from = Value(rangePart[..dash], field);
                    to = Value(rangePart[(dash + 1)..], field);
                    if (to < from)
                    {
                        throw Error(field, $"range '{rangePart}' runs backwards");
                    }
                }
            }

            for (var v = from; v <= to; v += step)
            {
                values.Add(v);
            }
        }

        return values;
    }

    private static int Value(string token, Field field)
    {
        if (field.Names is { } names)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return index + field.NameBase;
            }
        }

        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(field, $"'{token}' is not a number{(field.Names is null ? "" : " or a name")}");
        }

        if (value < field.Min || value > field.Max)
        {
            throw Error(field, $"{value} is out of range {field.Min}-{field.Max}");
        }

        return value;
    }

    // Names, with runs of three or more days folded into a range (1-5 -> MON-FRI).
    private static string DaysToNames(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        var sb = new StringBuilder();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            if (j - i >= 2)
            {
                sb.Append(DayNames[sorted[i]]).Append('-').Append(DayNames[sorted[j]]);
            }
            else
            {
                sb.Append(DayNames[sorted[i]]);
                if (j > i)
                {
                    sb.Append(',').Append(DayNames[sorted[j]]);
                }
            }

            i = j + 1;
        }

        return sb.ToString();
    }

    private static FormatException Error(Field field, string message) => new($"{field.Name}: {message}");
}
