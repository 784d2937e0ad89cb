using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Facts;

/// <summary>Times of day, in minutes after midnight: "14:30" = "2.30pm" = "2:30 p.m.", "noon", "midnight", "around 2am".</summary>
internal static partial class TimeReader
{
    public static List<ValueSpan> Read(Words words, bool[] used) => Read(words, used, DayParts.None);

    /// <summary>The times of one sentence; a clock without its half of the day takes it from <paramref name="parts"/>.</summary>
    public static List<ValueSpan> Read(Words words, bool[] used, DayParts parts)
    {
        var found = new List<ValueSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            if (FigureReader.IsElapsed(words, i))
            {
                i += 2; // "2:07:41" is how long something took: the figures read it
                continue;
            }

            if (!TryTimeAt(words, i, parts, out var minutes, out var last))
            {
                // A clock said in words with no part of the day is no time, yet its numbers count nothing either
                // ("at nine o'clock", "twenty past eight"): they are kept from being read as figures.
                if (BareClockEnd(words, i) is { } bare)
                {
                    Array.Fill(used, true, i, bare - i + 1);
                    i = bare;
                }

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

    private static bool TryTimeAt(Words words, int i, DayParts parts, out double minutes, out int last)
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
            else if (rest.Length == 0 && hour <= 12 && PartAttached(words, i + 2, hour) is (var part, var partLast))
            {
                rest = part; // "7:45 in the evening"
                last = partLast;
            }

            return Make(hour, minute, Meridiem(rest), out minutes);
        }

        // "six in the morning", "9 o'clock in the evening", "eleven that morning", "half past two on the morning of
        // Thursday", "nine o'clock on Monday morning". A spoken hour says which half of the day only by the part of the
        // day written with it; without one it is no time ("at nine o'clock" may be either).
        if (SpokenHour(words, i) is (var spokenHour, var spokenMinute, var end))
        {
            var o = words[end + 1] == "o'clock";
            var clock = o ? end + 1 : end;
            if (PartAttached(words, clock + 1, spokenHour) is (var attached, var partEnd))
            {
                last = partEnd;
                return Make(spokenHour, spokenMinute, attached, out minutes);
            }

            if ((o || spokenMinute > 0 || words[i] is "half" or "quarter") && (PartNear(words, clock + 1, spokenHour) ?? parts.Meridiem(words, spokenHour)) is { } near)
            {
                last = clock; // "just before four o'clock" in an article of "this afternoon"
                return Make(spokenHour, spokenMinute, near, out minutes);
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
        else if (meridiem is null && h <= 12 && PartAttached(words, i + 1, h) is (var part, var partLast))
        {
            meridiem = part; // "9.30 in the morning"
            last = partLast;
        }

        return meridiem is not null && Make(h, m, meridiem, out minutes);
    }

    // The last token of a clock said in words that gives no part of the day ("nine o'clock", "twenty past eight",
    // "half past six"), or null. "Ten to nine" without one may be a range ("cut from ten to nine"): not taken.
    private static int? BareClockEnd(Words words, int i) =>
        SpokenHour(words, i) is not (_, var minute, var end) ? null
        : words[end + 1] == "o'clock" ? end + 1
        : minute > 0 && words[end - 1] == "past" ? end
        : null;

    // Minutes said before "past" or "to" an hour ("twenty past eight", "five to nine", "ten minutes past six") are
    // told in fives up to half an hour; other numbers before "to" are ranges ("from 12 to 14").
    private const int MaxSpokenMinutes = 30;
    private const int SpokenMinuteStep = 5;

    // An hour said in words or figures ("nine", "11"), with "half past", "quarter past", "quarter to" or minutes
    // ("twenty past", "ten to") before it: the hour on a twelve-hour clock, the minutes past it, and the hour's token.
    private static (int Hour, int Minute, int Last)? SpokenHour(Words words, int i)
    {
        var minute = 0;
        var at = i;
        if (words.At(i, "half past") || words.At(i, "quarter past") || words.At(i, "quarter to"))
        {
            minute = words[i] == "half" ? 30 : words[i + 1] == "past" ? 15 : -15;
            at = i + 2;
        }
        else if (SpokenMinutes(words, i) is (var minutes, var past, var hourAt))
        {
            minute = past ? minutes : -minutes;
            at = hourAt;
        }

        if (!NumberReader.TryRead(words, at, out var spoken) || spoken.Last != at || spoken.Value is < 1 or > 12 || spoken.Value % 1 != 0 || spoken.Suffix.Length > 0)
        {
            return null;
        }

        var hour = (int)spoken.Value;
        if (minute < 0)
        {
            hour = hour == 1 ? 12 : hour - 1;
            minute += 60;
        }

        return (hour, minute, at);
    }

    // Minutes in fives up to half an hour, then "past" or "to" ("minutes" may come between): the minutes, whether they
    // are past the hour, and the hour's token.
    private static (int Minutes, bool Past, int HourAt)? SpokenMinutes(Words words, int i)
    {
        if (!NumberReader.TryRead(words, i, out var spoken) || spoken.Suffix.Length > 0 || spoken.Value % SpokenMinuteStep != 0 || spoken.Value is < 1 or > MaxSpokenMinutes)
        {
            return null;
        }

        // "From ten to nine" is a range, whatever follows it.
        var next = words[spoken.Last + 1] == "minutes" ? spoken.Last + 2 : spoken.Last + 1;
        var past = words[next] == "past";
        return (past || (words[next] == "to" && words[i - 1] is not ("from" or "between"))) && words.Gap(next - 1).Trim().Length == 0
            ? ((int)spoken.Value, past, next + 1)
            : null;
    }

    // A part of the day written right after the hour: "in the morning", "at night", "that evening", "this morning".
    private static (string Meridiem, int Last)? PartAttached(Words words, int i, int hour)
    {
        foreach (var lead in AttachedLeads)
        {
            if (words.At(i, lead) && PartMeridiem(words[i + Words.WordCount(lead)], hour) is { } meridiem)
            {
                return (meridiem, i + Words.WordCount(lead));
            }
        }

        return null;
    }

    private static readonly string[] AttachedLeads = ["in the", "at", "that", "this", "on that", "on the"];

    // A part of the day a few words on, in the same clause: "on Monday morning", "on the evening of the 14th".
    private static string? PartNear(Words words, int i, int hour)
    {
        for (var k = i; k < Math.Min(words.Count, i + 5); k++)
        {
            if (PartMeridiem(words[k], hour) is { } meridiem)
            {
                return meridiem;
            }

            if (words.Gap(k).Contains(',', StringComparison.Ordinal) || words[k] is "and" or "when" or "after" or "before" or "until")
            {
                return null;
            }
        }

        return null;
    }

    // Night runs from the evening through the small hours: "ten at night" is 10pm, "two at night" 2am.
    internal static string? PartMeridiem(string part, int hour) => part switch
    {
        "morning" => hour == 12 ? null : "am",
        "afternoon" or "evening" => hour == 12 ? null : "pm",
        "night" => hour == 12 ? null : hour >= 6 ? "pm" : "am",
        _ => null,
    };

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
