using System.Globalization;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>
/// The dates a file states by its relative days, read from the day the key says it was published: "yesterday" or
/// "last night" in a piece published on 12 February is 11 February; "on Wednesday" in it is the Wednesday of that week, either side
/// (the key's own versions are written so: "Wednesday 11 February 2026" for a file that says "on Wednesday"). A file
/// that holds such a date holds its year too, as it does a day or month written without one ("in September" in a piece
/// of November 2026 holds 2026). Used only for rule 8's "numbers held", never to find a value.
/// </summary>
internal static class RelativeDays
{
    private static readonly (string Word, int Days)[] Named = [("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)];

    public static IReadOnlyList<TrustToken> Held(TrustText text, DateOnly published)
    {
        var days = new List<DateOnly>();
        var years = new List<int>();
        var words = text.Tokens.Where(t => t.Kind == TrustTokenKind.Word).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // "last night" in a morning piece is the evening before it was published.
            if (words[i].Text == "last" && words[i + 1].Text == "night")
            {
                days.Add(published.AddDays(-1));
            }

            // "last year" in a piece of 2026 holds 2025, "next year" 2027; "next month" in a piece of December 2026 holds 2027.
            if (words[i].Text switch { "last" => -1, "this" => 0, "next" => 1, _ => (int?)null } is { } shift)
            {
                if (words[i + 1].Text == "year")
                {
                    years.Add(published.Year + shift);
                }
                else if (words[i + 1].Text == "month")
                {
                    years.Add(published.AddMonths(shift).Year);
                }
            }
        }

        foreach (var token in words)
        {
            foreach (var (word, offset) in Named.Where(n => n.Word == token.Text))
            {
                days.Add(published.AddDays(offset));
            }

            // A weekday is the one of the week before the piece or the one after it: both are read, since only the
            // sentence's tense tells which, and the brief's date is held when the file can mean it.
            if (Enum.TryParse<DayOfWeek>(token.Text, ignoreCase: true, out var weekday) && token.Text.All(char.IsLetter))
            {
                var ahead = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
                days.Add(published.AddDays(ahead));
                days.Add(published.AddDays(ahead == 0 ? 0 : ahead - 7));
            }
        }

        // A date written without its year ("from 1 April" in a piece of November 2026) is of the year that puts it nearest
        // the day the piece was published: the file holds that year with it, as a reader takes it.
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var writesYear = (i + 1 < tokens.Count && IsYear(tokens[i + 1])) || (i > 0 && IsYear(tokens[i - 1]));
            if (tokens[i].Kind == TrustTokenKind.Date && !writesYear && NearestYear(DayOf(tokens[i].Text), published) is { } year)
            {
                years.Add(year);
            }

            // A month written without its year ("in September") likewise, by its first day ("may" only after a word
            // that takes a month, as it is mostly the verb).
            if (TrustNormaliser.MonthOf(tokens[i]) is > 0 and var month && !writesYear
                && (tokens[i].Text != "may" || (i > 0 && tokens[i - 1].Text is "in" or "by" or "until" or "since" or "from" or "of" or "early" or "late" or "mid" or "end"))
                && NearestYear((month, 1), published) is { } monthYear)
            {
                years.Add(monthYear);
            }
        }

        return [.. days.Distinct().SelectMany(d => new[]
        {
            new TrustToken(string.Create(CultureInfo.InvariantCulture, $"d{d.Month:00}-{d.Day:00}"), TrustTokenKind.Date),
            new TrustToken(d.Year.ToString(CultureInfo.InvariantCulture), TrustTokenKind.Number),
        }), .. years.Distinct().Select(y => new TrustToken(y.ToString(CultureInfo.InvariantCulture), TrustTokenKind.Number))];
    }

    private static bool IsYear(TrustToken token) =>
        token.Kind == TrustTokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var y) && y is >= 1800 and <= 2200;

    // Half of 366 days: within it, one year of a yearless date is nearer the day of publication than any other.
    private static int? NearestYear((int Month, int Day) date, DateOnly published)
    {
        var (month, day) = date;
        foreach (var year in new[] { published.Year - 1, published.Year, published.Year + 1 })
        {
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                && Math.Abs(new DateOnly(year, month, day).DayNumber - published.DayNumber) < 183)
            {
                return year;
            }
        }

        return null;
    }

    // A date token's month and day ("d11-12").
    private static (int Month, int Day) DayOf(string date) =>
        (int.Parse(date[1..3], CultureInfo.InvariantCulture), int.Parse(date[4..6], CultureInfo.InvariantCulture));
}
