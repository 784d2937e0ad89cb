using System.Globalization;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>
/// The times a file states as a spoken hour: "nine o'clock on Monday morning" holds 09:00, "ten o'clock that night"
/// 22:00, and "nine o'clock" with no part of the day both 09:00 and 21:00. Used only for rule 8's "numbers held" (a
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
            if (tokens[i].Kind != TrustTokenKind.Number || !int.TryParse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
                || hour is < 1 or > 12 || tokens[i + 1].Text != "o" || tokens[i + 2].Text != "clock")
            {
                continue;
            }

            var part = tokens.Skip(i + 3).Take(Reach).Select(t => t.Text).FirstOrDefault(w => w is "morning" or "afternoon" or "evening" or "night");
            if (part != "morning")
            {
                held.Add(Clock((hour % 12) + 12));
            }

            if (part is null or "morning")
            {
                held.Add(Clock(hour % 12));
            }
        }

        return held;
    }

    private static TrustToken Clock(int hour) => new(string.Create(CultureInfo.InvariantCulture, $"{hour:00}:00"), TrustTokenKind.Time);
}
