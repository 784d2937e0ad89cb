using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Dates as feeds really write them, whatever the element: ISO 8601 / W3C-DTF (with or without
/// separators, fractions, zone), RFC 822 and its variants (weekday optional, two- or four-digit year,
/// day and month in either order, seconds optional, zones as offsets, "GMT+01:00", named zones such as
/// "EST", "MET" or "IST" and RFC 822's military letters), asctime ("Sun Jan  4 16:29:06 2004"), and month
/// names in English, German, French, Spanish, Italian, Dutch and Portuguese. A date without a zone is
/// taken as UTC; one that cannot be read is reported as unreadable, never guessed.
/// </summary>
internal static partial class FeedDates
{
    /// <summary>Reads <paramref name="text"/>; false when it is not a date this reader knows.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return false;
        }

        var s = text.Trim();
        return TryParseIso(s, out value) || TryParseWords(s, out value);
    }

    private static bool TryParseIso(string s, out DateTimeOffset value)
    {
        value = default;
        var m = IsoPattern().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var month = m.Groups["mo"].Success ? Int(m.Groups["mo"].Value) : 1;
        var day = m.Groups["d"].Success ? Int(m.Groups["d"].Value) : 1;
        var hour = m.Groups["h"].Success ? Int(m.Groups["h"].Value) : 0;
        var minute = m.Groups["mi"].Success ? Int(m.Groups["mi"].Value) : 0;
        var second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0;
        var offset = TimeSpan.Zero;
        if (m.Groups["z"].Success && !FeedTimeZones.TryParse(m.Groups["z"].Value, out offset))
        {
            return false;
        }

        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        return TryBuild(Int(m.Groups["y"].Value), month, day, hour, minute, second, offset, out value)
            && AddFraction(ref value, fraction);
    }

    private static bool AddFraction(ref DateTimeOffset value, double fraction)
    {
        value = value.AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
        return true;
    }

    // Token by token: month names, a time, numbers for day and year, a zone; words before the first number
    // (weekday names in any language) are passed over.
    private static bool TryParseWords(string s, out DateTimeOffset value)
    {
        value = default;
        int? year = null, month = null, day = null;
        int hour = 0, minute = 0, second = 0;
        var offset = TimeSpan.Zero;
        bool haveTime = false, haveZone = false, seenNumber = false, monthBeforeNumbers = false;
        var pm = (bool?)null;
        foreach (var raw in TokenPattern().Matches(s).Select(t => t.Value))
        {
            var token = raw.TrimEnd('.');
            if (TimePattern().Match(token) is { Success: true } time && !haveTime)
            {
                haveTime = true;
                seenNumber = true;
                hour = Int(time.Groups[1].Value);
                minute = Int(time.Groups[2].Value);
                second = time.Groups[3].Success ? Int(time.Groups[3].Value) : 0;
                if (time.Groups[4].Success)
                {
                    if (!FeedTimeZones.TryParse(time.Groups[4].Value, out offset))
                    {
                        return false;
                    }

                    haveZone = true;
                }
            }
            else if (token.Length > 0 && char.IsAsciiDigit(token[0]) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                seenNumber = true;
                if (token.Length == 4 && year is null)
                {
                    year = n;
                }
                else if (day is null && n is >= 1 and <= 31 && token.Length <= 2)
                {
                    day = n;
                }
                else if (year is null && token.Length == 2)
                {
                    year = n < 50 ? 2000 + n : 1900 + n;
                }
                else if (month is null && day is not null && n is >= 1 and <= 12 && token.Length <= 2)
                {
                    month = n;
                }
                else
                {
                    return false;
                }
            }
            else if (FeedMonths.TryParse(token, out var named) && (month is null || monthBeforeNumbers))
            {
                // A word before the numbers may be a weekday that looks like a month ("mar." is Tuesday in Spanish): a later month name wins.
                month = named;
                monthBeforeNumbers = !seenNumber;
            }
            else if (token.ToUpperInvariant() is "AM" or "PM" && haveTime)
            {
                pm = token.Equals("PM", StringComparison.OrdinalIgnoreCase);
            }
            else if (!haveZone && (seenNumber || haveTime) && FeedTimeZones.TryParse(raw, out var zone))
            {
                offset = zone;
                haveZone = true;
            }
            else if (seenNumber && !token.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (pm is { } afternoon)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (afternoon ? 12 : 0);
        }

        return year is { } y && month is { } mo && day is { } d && TryBuild(y, mo, d, hour, minute, second, offset, out value);
    }

    private static bool TryBuild(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        try
        {
            // A leap second is read as the last second of its minute.
            value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-?(?<mo>\d{2})(?:-?(?<d>\d{2}))?)?(?:(?:T|\s+)(?<h>\d{2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?\s*(?<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"[^\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
