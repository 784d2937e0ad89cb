using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>
/// The evaluation's own normal form, written from the "Normalisation for matching" section of
/// fixtures/trust-cases/README.md and sharing nothing with the code it measures: case and diacritics
/// folded, punctuation dropped, figures resolved (number words, thousands separators, scale words,
/// currency, percent), times as 24-hour "hh:mm", days of a month as "dMM-DD".
/// </summary>
internal static partial class TrustNormaliser
{
    public static IReadOnlyList<TrustToken> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Lex(TrustFolding.Fold(text));
        tokens = Times(tokens);
        tokens = Figures(tokens);
        tokens = NumberWords.Resolve(tokens);
        tokens = Dates(tokens);
        tokens = Money.Resolve(tokens);
        tokens = UnitWords.Resolve(tokens);
        return Percents(tokens);
    }

    /// <summary>A canonical figure: no thousands separators, no trailing zeros ("3,000.50" -> "3000.5").</summary>
    public static string Canonical(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static List<TrustToken> Lex(string folded)
    {
        var tokens = new List<TrustToken>();
        var previousEnd = 0;
        foreach (Match m in LexPattern().Matches(folded))
        {
            var afterBreak = Punctuated(folded.AsSpan(previousEnd, m.Index - previousEnd));
            previousEnd = m.Index + m.Length;
            if (m.Groups["iso"].Success)
            {
                tokens.Add(new TrustToken($"d{m.Value[5..7]}-{m.Value[8..10]}", TrustTokenKind.Date));
            }
            else if (m.Groups["num"].Success)
            {
                tokens.Add(new TrustToken(m.Value, TrustTokenKind.Number, Alt: Raw, AfterBreak: afterBreak));
            }
            else if (m.Groups["word"].Success)
            {
                tokens.Add(new TrustToken(m.Value, TrustTokenKind.Word, AfterBreak: afterBreak));
            }
            else
            {
                tokens.Add(m.Value switch
                {
                    "%" => new TrustToken("%", TrustTokenKind.Percent),
                    "€" => new TrustToken("eur", TrustTokenKind.Currency),
                    "£" => new TrustToken("gbp", TrustTokenKind.Currency),
                    _ => new TrustToken("usd", TrustTokenKind.Currency),
                });
            }
        }

        return tokens;
    }

    // Punctuation between two tokens other than a hyphen ("twenty-seven") or an apostrophe ("o'clock").
    private static bool Punctuated(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\'' or '\u2019'))
            {
                return true;
            }
        }

        return false;
    }

    // Marks a lexed figure that has not been read yet (its Text is still as written).
    private const string Raw = "\u0000raw";

    private static bool IsRaw(TrustToken t) => t.Kind == TrustTokenKind.Number && string.Equals(t.Alt, Raw, StringComparison.Ordinal);

    internal static bool IsWord(List<TrustToken> tokens, int i, params string[] words) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TrustTokenKind.Word && words.Contains(tokens[i].Text, StringComparer.Ordinal);

    // "2.30pm", "2 p.m.", "14:30", "noon": one Time token each.
    private static List<TrustToken> Times(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TrustTokenKind.Word && t.Text is "noon" or "midday" or "midnight")
            {
                result.Add(new TrustToken(t.Text == "midnight" ? "00:00" : "12:00", TrustTokenKind.Time));
                continue;
            }

            if (IsRaw(t) && ClockPattern().Match(t.Text) is { Success: true } clock)
            {
                var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = clock.Groups["m"].Success ? int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
                var (half, used) = IsWord(tokens, i + 1, "am", "pm") ? (tokens[i + 1].Text[0], 1)
                    : IsWord(tokens, i + 1, "a", "p") && IsWord(tokens, i + 2, "m") ? (tokens[i + 1].Text[0], 2)
                    : ('\0', 0);
                var colon = t.Text.Contains(':', StringComparison.Ordinal);
                if (minute < 60 && ((used > 0 && hour is >= 1 and <= 12) || (used == 0 && colon && hour <= 24)))
                {
                    hour = half switch { 'a' => hour % 12, 'p' => (hour % 12) + 12, _ => hour % 24 };
                    result.Add(new TrustToken(string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}"), TrustTokenKind.Time));
                    i += used;
                    continue;
                }
            }

            result.Add(t);
        }

        return result;
    }

    // Digits read as a value; an ordinal suffix ("3rd") dropped.
    private static List<TrustToken> Figures(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!IsRaw(t))
            {
                result.Add(t);
                continue;
            }

            var text = ThousandsPattern().IsMatch(t.Text) ? t.Text.Replace(",", string.Empty, StringComparison.Ordinal) : t.Text;
            result.Add(decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? new TrustToken(Canonical(value), TrustTokenKind.Number, AfterBreak: t.AfterBreak)
                : new TrustToken(text, TrustTokenKind.Number, AfterBreak: t.AfterBreak));
            if (IsWord(tokens, i + 1, "st", "nd", "rd", "th") && !text.Contains('.', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return result;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month (1-12) a word names, in full or abbreviated; 0 when it names none.</summary>
    internal static int MonthOf(TrustToken t)
    {
        if (t.Kind != TrustTokenKind.Word || t.Text.Length < 3)
        {
            return 0;
        }

        var index = Array.IndexOf(MonthNames, t.Text);
        if (index < 0 && t.Text is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec")
        {
            index = Array.FindIndex(MonthNames, m => m.StartsWith(t.Text, StringComparison.Ordinal));
        }

        return index + 1;
    }

    private static int Day(List<TrustToken> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TrustTokenKind.Number && tokens[i].Alt is null
        && int.TryParse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : 0;

    // "3 July", "3 of July", "July 3": one Date token; never across a sentence break ("in October. Sixteen people").
    private static List<TrustToken> Dates(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            int day, month, used;
            if ((day = Day(tokens, i)) > 0 && i + 1 < tokens.Count && !tokens[i + 1].AfterBreak && (month = MonthOf(tokens[i + 1])) > 0)
            {
                used = 1;
            }
            else if ((day = Day(tokens, i)) > 0 && IsWord(tokens, i + 1, "of") && i + 2 < tokens.Count && !tokens[i + 1].AfterBreak && !tokens[i + 2].AfterBreak && (month = MonthOf(tokens[i + 2])) > 0)
            {
                used = 2;
            }
            else if ((month = MonthOf(tokens[i])) > 0 && i + 1 < tokens.Count && !tokens[i + 1].AfterBreak && (day = Day(tokens, i + 1)) > 0)
            {
                used = 1;
            }
            else
            {
                result.Add(tokens[i]);
                continue;
            }

            result.Add(new TrustToken(string.Create(CultureInfo.InvariantCulture, $"d{month:00}-{day:00}"), TrustTokenKind.Date));
            i += used;
        }

        return result;
    }

    private static List<TrustToken> Percents(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            result.Add(tokens[i]);
            if (tokens[i].Kind != TrustTokenKind.Number)
            {
                continue;
            }

            if (IsWord(tokens, i + 1, "percent"))
            {
                result.Add(new TrustToken("%", TrustTokenKind.Percent));
                i++;
            }
            else if (IsWord(tokens, i + 1, "per") && IsWord(tokens, i + 2, "cent"))
            {
                result.Add(new TrustToken("%", TrustTokenKind.Percent));
                i += 2;
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<iso>\b\d{4}-\d{2}-\d{2}\b)|(?<num>\d+(?:[.,:]\d+)*)|(?<word>\p{L}+)|(?<sym>[%€$£])")]
    private static partial Regex LexPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?$")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex ThousandsPattern();
}
