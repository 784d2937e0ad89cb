using System.Globalization;

namespace Summarizer.Scheduling.Config;

/// <summary>Reads spans written like <c>24h</c>, <c>90m</c>, <c>2d</c>, <c>1h30m</c>, <c>45s</c>.</summary>
internal static class Durations
{
    private static readonly (char Unit, TimeSpan Size)[] Units =
    [
        ('d', TimeSpan.FromDays(1)), ('h', TimeSpan.FromHours(1)), ('m', TimeSpan.FromMinutes(1)), ('s', TimeSpan.FromSeconds(1)),
    ];

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public static bool TryParse(string? text, out TimeSpan value, out string error)
    {
        value = TimeSpan.Zero;
        error = "";
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            error = "a duration is required, like 24h, 90m, 2d or 1h30m";
            return false;
        }

        // Units must come largest first and at most once each, so "30m1h" or "1h1h" are typos, not sums.
        var nextUnit = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == start || i == s.Length)
            {
                error = $"'{text}' is not a duration like 24h, 90m, 2d or 1h30m";
                return false;
            }

            var unitIndex = Array.FindIndex(Units, nextUnit, u => u.Unit == char.ToLowerInvariant(s[i]));
            if (unitIndex < 0)
            {
                error = $"'{text}' is not a duration like 24h, 90m, 2d or 1h30m (units d, h, m, s, largest first)";
                return false;
            }

            if (!long.TryParse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || amount > 100_000)
            {
                error = $"'{text}' is too large";
                return false;
            }

            value += Units[unitIndex].Size * amount;
            nextUnit = unitIndex + 1;
            i++;
        }

        if (value <= TimeSpan.Zero)
        {
            error = $"'{text}' must be longer than zero";
            return false;
        }

        return true;
    }
}
