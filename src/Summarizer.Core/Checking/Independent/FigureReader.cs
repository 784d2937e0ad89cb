using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Checking.Independent;

/// <summary>
/// Reads the figures of a text from its words: digits and number words with their scale ("4.2bn", "three
/// thousand"), currency ("$", "euros", "EUR"), percent ("%", "per cent"), times of day ("14:30", "2.30pm"),
/// dates ("3 July", "July 3rd, 2026"), years, months and weekdays. General English forms only. This part walks the
/// words and reads digits; number words, measures (money, percent, temperature), the calendar and durations are
/// read in the other parts of this class.
/// </summary>
internal static partial class FigureReader
{
    public static List<Figure> Read(string text, IReadOnlyList<Word> words)
    {
        var figures = new List<Figure>();
        var i = 0;
        while (i < words.Count)
        {
            var read = ReadAt(text, words, i);
            if (read is { } found)
            {
                var figure = Qualified(found.Figure, words, i);
                figures.Add(IsAppositive(text, words, i, found.Next, figure) ? figure with { IsAppositive = true } : figure);
                i = found.Next;
            }
            else
            {
                i++;
            }
        }

        return figures;
    }

    private static (Figure Figure, int Next)? ReadAt(string text, IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        if (Month(w) is int month)
        {
            // "July 3", "July 3rd, 2026"
            if (i + 1 < words.Count && DayOfMonth(words, i + 1) is { } day)
            {
                return (new Figure(FigureKind.Date, (month * 100) + day.Day, "", Span(text, w, words[day.Last]), w.Start, words[day.Last].End), day.Last + 1);
            }

            return (new Figure(FigureKind.Month, month, "", w.Text, w.Start, w.End), i + 1);
        }

        if (Weekday(w) is int weekday)
        {
            return (new Figure(FigureKind.Weekday, weekday, "", w.Text, w.Start, w.End), i + 1);
        }

        if (FiscalYear(text, words, i) is { } fiscal)
        {
            return fiscal;
        }

        if (w.Kind == WordKind.Digits)
        {
            return IsIdentifier(text, words, i) ? Code(words[i], i) : Duration(text, words, Digits(text, words, i));
        }

        if ((RelativePeriod(text, words, i) ?? Frequency(text, words, i)) is { } relative)
        {
            return relative;
        }

        if (w.IsLetters && ClockWords(text, words, i) is { } clock)
        {
            return clock;
        }

        if (Fraction(text, words, i) is { } fraction)
        {
            return fraction;
        }

        if (VagueDuration(text, words, i) is { } vague)
        {
            return vague;
        }

        // "at first" is an adverb, not a rank; "the first count" tells when a figure was given (<see cref="ReportingFrame"/>).
        if (w.IsLetters && Ordinals.TryGetValue(w.Folded, out var rank) && !IsFraction(text, words, i) && !(i > 0 && words[i - 1].Folded == "at") && !IsAdverb(words, i)
            && !ReportingFrame.IsStage(words, i))
        {
            return (new Figure(FigureKind.Ordinal, rank, "", w.Text, w.Start, w.End), i + 1);
        }

        if (w.IsLetters && w.Folded is "a" or "an" && Duration(text, words, (new Figure(FigureKind.Count, 1, "", w.Text, w.Start, w.End), i + 1)) is { } single
            && single.Item1.Kind == FigureKind.Duration && single.Item1.Unit is "decade" or "century" or "fortnight")
        {
            return single; // "a decade", "a century": how news writes ten and a hundred years
        }

        // "across both years" is the deal's two years: a unit of time after it makes the pair a length of time, as after "two".
        if (w.Folded == "both" && CountsBoth(text, words, i))
        {
            return Duration(text, words, (new Figure(FigureKind.Count, 2, "", w.Text, w.Start, w.End), i + 1));
        }

        if (w.IsLetters && (Units.ContainsKey(w.Folded) || (IsOne(w) && i + 1 < words.Count && Scales.ContainsKey(words[i + 1].Folded))))
        {
            return Duration(text, words, NumberWords(text, words, i));
        }

        return null;
    }

    private static (Figure, int)? Digits(string text, IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        var first = i;
        var next = i + 1;
        string? currency = null;
        if (i > 0 && words[i - 1].Kind == WordKind.Symbol && CurrencySymbols.TryGetValue(words[i - 1].Text, out var symbol))
        {
            currency = symbol;
            first = i - 1;
        }
        else if (i > 0 && words[i - 1].IsLetters && CurrencyWords.TryGetValue(words[i - 1].Folded, out var code) && words[i - 1].IsAcronym)
        {
            currency = code; // "EUR 25m"
            first = i - 1;
        }

        if (w.Text.Contains(':', StringComparison.Ordinal))
        {
            return Time(text, words, i, first);
        }

        if (!double.TryParse(w.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var after = next < words.Count ? words[next] : null;
        if (after is { IsLetters: true } && after.Folded is "pm" or "am" or "oclock" && currency is null)
        {
            return Time(text, words, i, first);
        }

        var ordinal = false;
        if (after is { IsLetters: true, Glued: true } && after.Folded is "st" or "nd" or "rd" or "th")
        {
            next++; // an ordinal: "3rd"
            after = next < words.Count ? words[next] : null;
            ordinal = true;
        }

        // "3 July", "3rd of July"
        var monthAt = after?.Folded == "of" && next + 1 < words.Count ? next + 1 : next;
        if (currency is null && value is >= 1 and <= 31 && value == Math.Floor(value) && monthAt < words.Count && Month(words[monthAt]) is int month)
        {
            // A year after it ("3 July 2026") is read next, on its own.
            return (new Figure(FigureKind.Date, (month * 100) + value, "", Span(text, words[first], words[monthAt]), words[first].Start, words[monthAt].End), monthAt + 1);
        }

        if (currency is null && Temperature(text, words, first, next, value) is { } temperature)
        {
            return temperature;
        }

        var scaled = false;
        if (after is { IsLetters: true } && Scales.TryGetValue(after.Folded, out var scale))
        {
            value *= scale;
            next++;
            scaled = true;
        }
        else if (after is { IsLetters: true, Glued: true } && currency is not null && after.Folded is "m" or "b" or "k")
        {
            value *= after.Folded switch { "m" => 1e6, "b" => 1e9, _ => 1e3 }; // "$240m", "€25m"
            next++;
            scaled = true;
        }

        var tail = next < words.Count ? words[next] : null;
        if (tail is { IsLetters: true } && CurrencyWords.TryGetValue(tail.Folded, out var named))
        {
            currency ??= named;
            next++;
        }
        else if (tail is { Kind: WordKind.Symbol, Text: "%" } || tail?.Folded is "percent" or "pct")
        {
            next++;
            return Percent(text, words, first, next, value);
        }
        else if (tail?.Folded == "percentage" && next + 1 < words.Count && words[next + 1].Folded is "point" or "points")
        {
            return Percent(text, words, first, next, value); // "0.25 percentage points"
        }
        else if (tail?.Folded == "per" && next + 1 < words.Count && words[next + 1].Folded == "cent")
        {
            next += 2;
            return Percent(text, words, first, next, value);
        }

        var end = words[next - 1];
        var surface = Span(text, words[first], end);
        if (currency is not null)
        {
            return (new Figure(FigureKind.Money, value, currency, surface, words[first].Start, end.End), next);
        }

        // "19th century" is a rank, as "nineteenth century" is, and no length of time.
        var kind = ordinal && !scaled ? FigureKind.Ordinal : !scaled && IsYear(w) ? FigureKind.Year : FigureKind.Count;
        return (new Figure(kind, value, "", surface, words[first].Start, end.End), next);
    }

    // "His lawyers first said", "who first read the manuscript": "first" before a verb, or after the subject pronoun,
    // says when, not which in a row.
    private static bool IsAdverb(IReadOnlyList<Word> words, int i) =>
        words[i].Folded == "first" && ((i + 1 < words.Count && words[i + 1] is { IsLetters: true } next
                && (Speech.IsVerb(next.Folded) || (next.Folded.EndsWith("ed", StringComparison.Ordinal) && next.Folded.Length > 4) || Stemmer.IsIrregularPast(next.Folded)))
            || (i > 0 && words[i - 1].Folded is "he" or "she" or "they" or "it" or "we" or "i" or "who" or "which" or "that"));

    // "both ferry operators", "both of the unions": a count of two things named after it. "Both Dunbury and Haxley" joins
    // two things it names, and "both were hurt", "both of them", "Donetsk and Luhansk, both border regions" refer back:
    // no count a source must give.
    private static bool CountsBoth(string text, IReadOnlyList<Word> words, int i)
    {
        if (i > 0 && text[words[i - 1].End..words[i].Start].Trim().Length > 0)
        {
            return false;
        }

        var next = i + 1;
        while (next < words.Count && next <= i + 2 && words[next].Folded is "of" or "the" or "its" or "their" or "his" or "her")
        {
            next++;
        }

        if (next >= words.Count || !words[next].IsLetters || words[next].Start - words[next - 1].End > 1
            || Stopwords.Is(words[next].Folded) || Speech.IsVerb(words[next].Folded))
        {
            return false;
        }

        // "and" before any mark ends the phrase joins what "both" names; after a comma it opens another clause.
        for (var k = i + 1; k < words.Count && k <= i + 5 && text[words[k - 1].End..words[k].Start].Trim().Length == 0; k++)
        {
            if (words[k].Folded is "and" or "or")
            {
                return false;
            }
        }

        return true;
    }

    // "Quist, 47, was", "Marland, 34, receives": a bare whole number between commas right after a capitalised word.
    private static bool IsAppositive(string text, IReadOnlyList<Word> words, int first, int next, Figure figure) =>
        figure is { Kind: FigureKind.Count, Bound: FigureBound.Exact } && first > 0 && next < words.Count && next == first + 1
            && words[first - 1].IsCapitalized && text[words[first - 1].End..figure.Start].Trim() == ","
            && text[figure.End..words[next].Start].Trim() == ",";

    // "CT-417", "A-320": digits hyphened to a capitalised name are part of the name, not a quantity.
    private static bool IsIdentifier(string text, IReadOnlyList<Word> words, int i) =>
        i > 0 && words[i - 1] is { IsCapitalized: true } name && name.End == words[i].Start - 1 && text[name.End] is '-' or '‑';

    private static (Figure, int)? Code(Word w, int i) =>
        double.TryParse(w.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (new Figure(FigureKind.Code, value, "", w.Text, w.Start, w.End), i + 1)
            : null;

    private static string Span(string text, Word first, Word last) => text[first.Start..last.End];
}
