using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Facts;

/// <summary>Times of day, in minutes after midnight: "14:30" = "2.30pm" = "2:30 p.m.", "noon", "midnight", "around 2am".</summary>
internal static partial class TimeReader
{
    public static List<ValueSpan> Read(Words words, bool[] used)
    {
        var found = new List<ValueSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i] || !TryTimeAt(words, i, out var minutes, out var last))
            {
                continue;
            }

            var (qualifier, first) = Qualifiers.ReadBefore(words, i, isTime: true);
            var value = new FactValue(ValueKind.TimeOfDay, Qualifiers.Apply(qualifier, minutes, isTime: true), "min") { Stated = minutes };
            found.Add(new ValueSpan(value, first, last, words.Tokens[first].Start, words.Tokens[last].End, i));
            for (var k = i; k <= last; k++)
            {
                used[k] = true;
            }

            i = last;
        }

        return found;
    }

    private static bool TryTimeAt(Words words, int i, out double minutes, out int last)
    {
        minutes = 0;
        last = i;
        var word = words[i];
        if (word is "noon" or "midday" || (word == "midnight"))
        {
            minutes = word == "midnight" ? 0 : 720;
            return true;
        }

        // "14:30": the tokenizer cuts at the colon.
        if (word.Length <= 2 && word.All(char.IsDigit) && words.Gap(i) == ":" && words[i + 1].Length >= 2 && words[i + 1][..2].All(char.IsDigit))
        {
            var hour = int.Parse(word, CultureInfo.InvariantCulture);
            var minute = int.Parse(words[i + 1][..2], CultureInfo.InvariantCulture);
            var rest = words[i + 1][2..];
            last = i + 1;
            if (rest.Length == 0 && Meridiem(words[i + 2]) is { } next)
            {
                rest = next;
                last = i + 2;
            }

            return Make(hour, minute, Meridiem(rest), out minutes);
        }

        // "six in the morning", "9 o'clock in the evening".
        if (NumberReader.TryRead(words, i, out var spoken) && spoken.Last == i && spoken.Value is >= 1 and <= 12 && spoken.Suffix.Length == 0)
        {
            var part = words.At(i + 1, "in the morning") ? "am" : words.At(i + 1, "in the afternoon") || words.At(i + 1, "in the evening") ? "pm" : null;
            if (part is not null)
            {
                last = i + 3;
                return Make((int)spoken.Value, 0, part, out minutes);
            }
        }

        var match = Clock().Match(word);
        if (!match.Success)
        {
            return false;
        }

        var h = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var m = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = Meridiem(match.Groups["ap"].Value);
        if (meridiem is null && Meridiem(words[i + 1]) is { } after)
        {
            meridiem = after;
            last = i + 1;
        }

        return meridiem is not null && Make(h, m, meridiem, out minutes);
    }

    private static string? Meridiem(string word) => word switch
    {
        "am" or "a.m" => "am",
        "pm" or "p.m" => "pm",
        _ => null,
    };

    private static bool Make(int hour, int minute, string? meridiem, out double minutes)
    {
        minutes = 0;
        if (minute > 59 || hour > 23 || (meridiem is not null && hour is 0 or > 12))
        {
            return false;
        }

        if (meridiem == "pm" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == "am" && hour == 12)
        {
            hour = 0;
        }

        minutes = hour * 60 + minute;
        return true;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?(?<ap>am|pm|a\.m|p\.m)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
