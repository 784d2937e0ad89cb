using System.Globalization;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Dates as feeds really write them: RFC 822 for RSS (with or without the weekday, seconds or a
/// four-digit year, zones as offsets or names like "EST"), ISO 8601 for Atom.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    // RFC 822 section 5.1 names plus the ones feeds commonly use; unknown names are rejected, not guessed.
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2,
    };

    public static bool TryParseRfc822(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.Trim();
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            s = s[(comma + 1)..];
        }

        var parts = s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4)
        {
            return TryParseIso8601(text, out value);
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || parts[1].Length < 3
            || Array.IndexOf(Months, parts[1][..3].ToUpperInvariant()) is var monthIndex && monthIndex < 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return TryParseIso8601(text, out value);
        }

        if (parts[2].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var time = parts[3].Split(':');
        if (time.Length is < 2 or > 3
            || !int.TryParse(time[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(time[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            return false;
        }

        var second = 0;
        if (time.Length == 3 && !int.TryParse(time[2], NumberStyles.None, CultureInfo.InvariantCulture, out second))
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (parts.Length > 4 && !TryParseZone(parts[4], out offset))
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, monthIndex + 1, day, hour, minute, second, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public static bool TryParseIso8601(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);

    private static bool TryParseZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (ZoneHours.TryGetValue(zone, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 5 && (digits[0] == '+' || digits[0] == '-')
            && int.TryParse(digits.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(digits.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && h <= 14 && m < 60)
        {
            offset = new TimeSpan(h, m, 0) * (digits[0] == '-' ? -1 : 1);
            return true;
        }

        return false;
    }
}
