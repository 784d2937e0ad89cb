using System.Globalization;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>
/// The times a file states as a spoken hour: "nine o'clock on Monday morning" holds 09:00, "ten o'clock that night"
/// 22:00, "half past seven on Sunday morning" 07:30, "five in the morning" 05:00, "a quarter to six" 05:45 and 17:45, and "nine o'clock" with no
/// part of the day both 09:00 and 21:00. Used only for rule 8's "numbers held" (a
/// brief that shows such a time with its clock figure, "(9am)", cites a file that holds it), never to find a value.
/// </summary>
internal static class ClockHours
{
    // How many words after "o'clock" a part of the day may stand ("... o'clock on Monday morning").
    private const int Reach = 5;

    public static IReadOnlyList<TrustToken> Held(TrustText text)
    {
        var tokens = text.Tokens;
        var held = new List<TrustToken>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // "nine o'clock"; "half past seven", "quarter past nine", "quarter to six".
            var (hour, minute, end) = Hour(tokens, i) is { } h && tokens[i + 1].Text == "o" && tokens[i + 2].Text == "clock" ? (h, 0, i + 3)
                : tokens[i].Text is "half" or "quarter" && tokens[i + 1].Text == "past" && Hour(tokens, i + 2) is { } p ? (p, tokens[i].Text == "half" ? 30 : 15, i + 3)
                : tokens[i].Text == "quarter" && tokens[i + 1].Text == "to" && Hour(tokens, i + 2) is { } t ? ((t + 10) % 12 + 1, 45, i + 3)
                // "five in the morning", "seven this morning", "ten at night": a bare hour with its part of the day.
                : Hour(tokens, i) is { } b && PartOfDayFollows(tokens, i + 1) ? (b, 0, i + 1)
                : (0, 0, -1);
            if (end < 0)
            {
                continue;
            }

            var part = tokens.Skip(end).Take(Reach).Select(t => t.Text).FirstOrDefault(w => w is "morning" or "afternoon" or "evening" or "night");
            if (part != "morning")
            {
                held.Add(Clock((hour % 12) + 12, minute));
            }

            if (part is null or "morning")
            {
                held.Add(Clock(hour % 12, minute));
            }
        }

        return held;
    }

    // "in the morning", "this evening", "that night", "at night" right after a bare hour: the words that make it a time.
    private static bool PartOfDayFollows(IReadOnlyList<TrustToken> tokens, int at) =>
        tokens[at].Text is "in" or "this" or "that" or "at"
        && tokens.Skip(at + 1).Take(2).Any(t => t.Text is "morning" or "afternoon" or "evening" or "night");

    private static int? Hour(IReadOnlyList<TrustToken> tokens, int i) =>
        tokens[i].Kind == TrustTokenKind.Number && int.TryParse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 1 and <= 12
            ? hour
            : null;

    private static TrustToken Clock(int hour, int minute) => new(string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}"), TrustTokenKind.Time);
}
