using System.Collections.Frozen;
using System.Globalization;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

internal enum NumberKind
{
    Count,
    Percent,
    Money,
}

/// <summary>A figure in a text: "more than 30 countries", "75 percent", "$2.5 million", "15 years".</summary>
/// <param name="Unit">The noun it counts, stemmed, with a few synonyms merged ("country" for "30 allied nations"), a
/// unit written on it ("gw"), "percent" or a currency ("usd"); "" when none.</param>
/// <param name="Phrase">The figure as written, with its qualifier and unit.</param>
internal sealed record NumberFact(double Value, NumberKind Kind, string Unit, string Phrase, int Start, int End)
{
    /// <summary>Like <see cref="Unit"/>, but the counted noun exactly as written (stemmed), no synonyms merged: "nation".</summary>
    public string Noun { get; init; } = Unit;
}

/// <summary>A calendar reference; missing parts are null ("February 2022", "March 14", "Tuesday").</summary>
internal sealed record DateFact(int? Year, int? Month, int? Day, string? Weekday, string Phrase, int Start, int End)
{
    public string Key => $"{Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{Month?.ToString("00", CultureInfo.InvariantCulture) ?? "?"}-{Day?.ToString("00", CultureInfo.InvariantCulture) ?? "?"}-{Weekday ?? "?"}";

    /// <summary>True when <paramref name="source"/> states every part this date states, with the same values.</summary>
    public bool IsStatedBy(DateFact source) =>
        (Year is null || source.Year == Year)
        && (Month is null || source.Month == Month)
        && (Day is null || source.Day == Day)
        && (Weekday is null || source.Weekday == Weekday);

    /// <summary>True when some part both dates state differs.</summary>
    public bool ConflictsWith(DateFact other) =>
        (Year is not null && other.Year is not null && Year != other.Year)
        || (Month is not null && other.Month is not null && Month != other.Month)
        || (Day is not null && other.Day is not null && Day != other.Day)
        || (Weekday is not null && other.Weekday is not null && Weekday != other.Weekday);
}

/// <summary>Pulls figures and dates out of text, deterministically and culture-invariantly.</summary>
internal static partial class Facts
{
    // Number words and scales are the typed-fact reader's tables (one list of each). "one" is left out here:
    // this token test would read "one of the ..." as a figure.
    private static bool TrySmall(string word, out int value)
    {
        value = 0;
        return word != "one" && NumberReader.NumberWords.TryGetValue(word, out value);
    }

    private static bool TryScale(string word, out double scale)
    {
        var found = NumberReader.Scales.TryGetValue(word, out var exact);
        scale = (double)exact;
        return found;
    }

    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "usd", ["dollar"] = "usd", ["usd"] = "usd", ["€"] = "eur", ["euro"] = "eur", ["eur"] = "eur",
        ["£"] = "gbp", ["pound"] = "gbp", ["gbp"] = "gbp", ["yen"] = "jpy",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[][] Qualifiers =
    [
        ["more", "than"], ["fewer", "than"], ["less", "than"], ["at", "least"], ["up", "to"], ["just", "over"],
        ["over"], ["nearly"], ["almost"], ["about"], ["around"], ["roughly"], ["approximately"], ["some"], ["under"],
        ["exactly"], ["only"],
    ];

    public static (List<NumberFact> Numbers, List<DateFact> Dates) Extract(string text)
    {
        var tokens = Tokenizer.Facts.Tokenize(text);
        var folded = tokens.Select(t => Folding.Fold(t.Text).TrimEnd('.')).ToList();
        var used = new bool[tokens.Count];
        var dates = ExtractDates(text, tokens, folded, used);
        var numbers = ExtractNumbers(text, tokens, folded, used);
        return (numbers, dates);
    }

    private static List<NumberFact> ExtractNumbers(string text, List<Token> tokens, List<string> folded, bool[] used)
    {
        var numbers = new List<NumberFact>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            if (!TryNumberAt(folded, i, out var value, out var last, out var unitFromHyphen))
            {
                continue;
            }

            var suffix = Suffix(folded[i]);
            if (suffix is "am" or "pm" or "s")
            {
                continue; // a time of day ("11.40pm") or a decade ("the 1990s"), not a figure
            }

            var first = i;
            var kind = NumberKind.Count;
            string unit = "";
            var prefix = tokens[i].Start > 0 ? text[tokens[i].Start - 1].ToString() : "";
            if (Currencies.TryGetValue(prefix, out var cur))
            {
                kind = NumberKind.Money;
                unit = cur;
            }

            var currencyAfter = last + 1 < tokens.Count && Currencies.ContainsKey(Stemmer.Inflections.Stem(folded[last + 1]));
            if (suffix.Length > 0 && NumberReader.GluedScales.TryGetValue(suffix, out var suffixScale) && (kind == NumberKind.Money || currencyAfter))
            {
                value *= (double)suffixScale; // "$310m", "€4.2bn"
            }
            else if (suffix.Length > 0)
            {
                unitFromHyphen ??= suffix; // "61.7GW", "41.3C", "100m": a unit written on the figure
            }

            while (last + 1 < tokens.Count && TryScale(folded[last + 1], out var scale))
            {
                value *= scale;
                last++;
            }

            var end = tokens[last].End;
            if (end < text.Length && text[end] == '%')
            {
                kind = NumberKind.Percent;
                unit = "percent";
                end++;
            }
            else if (last + 1 < tokens.Count && folded[last + 1] == "percent")
            {
                kind = NumberKind.Percent;
                unit = "percent";
                last++;
                end = tokens[last].End;
            }
            else if (last + 2 < tokens.Count && folded[last + 1] == "per" && folded[last + 2] == "cent")
            {
                kind = NumberKind.Percent;
                unit = "percent";
                last += 2;
                end = tokens[last].End;
            }
            else if (last + 1 < tokens.Count && Currencies.TryGetValue(Stemmer.Inflections.Stem(folded[last + 1]), out var cur2))
            {
                kind = NumberKind.Money;
                unit = cur2;
                last++;
                end = tokens[last].End;
            }
            else if (kind == NumberKind.Count)
            {
                (unit, end, last) = unitFromHyphen is { } hyphenUnit
                    ? (Stemmer.Inflections.Stem(hyphenUnit), end, last)
                    : FindUnit(tokens, folded, text, last, end);
            }

            for (var k = i; k <= last; k++)
            {
                used[k] = true;
            }

            first = WithQualifier(folded, first);
            var phraseStart = first == i && prefix.Length == 1 && Currencies.ContainsKey(prefix) ? tokens[i].Start - 1 : tokens[first].Start;
            numbers.Add(new NumberFact(value, kind, Synonym(unit), text[phraseStart..end], phraseStart, end) { Noun = unit });
            i = last;
        }

        return numbers;
    }

    private static int WithQualifier(List<string> folded, int first)
    {
        foreach (var q in Qualifiers)
        {
            var start = first - q.Length;
            if (start >= 0 && q.Select((w, k) => folded[start + k] == w).All(x => x))
            {
                return start;
            }
        }

        return first;
    }

    private static bool TryNumberAt(List<string> folded, int i, out double value, out int last, out string? unitFromHyphen)
    {
        unitFromHyphen = null;
        last = i;
        var word = folded[i];
        if (char.IsDigit(word[0]))
        {
            var dash = word.IndexOf('-', StringComparison.Ordinal);
            var digits = dash > 0 ? word[..dash] : word;
            if (dash > 0 && dash + 1 < word.Length && char.IsLetter(word[dash + 1]))
            {
                unitFromHyphen = word[(dash + 1)..]; // "35-nation"
            }

            digits = StripOrdinal(digits).Replace(",", "", StringComparison.Ordinal);
            digits = digits[..^TrailingLetters(digits)];
            return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        double total = 0, current = 0;
        var any = false;
        var j = i;
        for (; j < folded.Count; j++)
        {
            var parts = folded[j].Split('-');
            if (parts.Length > 1 && parts.All(p => TrySmall(p, out _)))
            {
                current += parts.Sum(p => NumberReader.NumberWords[p]); // "thirty-five"
            }
            else if (parts.Length == 2 && TrySmall(parts[0], out var lead) && char.IsLetter(parts[1][0]))
            {
                // "nine-hour": the number ends here and names its unit.
                current += lead;
                unitFromHyphen = parts[1];
                any = true;
                j++;
                break;
            }
            else if (TrySmall(folded[j], out var n))
            {
                current += n;
            }
            else if (any && folded[j] == "hundred")
            {
                current *= 100;
            }
            else if (any && TryScale(folded[j], out var scale) && scale >= 1e3)
            {
                total += current * scale;
                current = 0;
            }
            else
            {
                break;
            }

            any = true;
        }

        if (!any)
        {
            return false;
        }

        last = j - 1;
        value = total + current;
        return true;
    }

    internal static string StripOrdinal(string s) =>
        s.Length > 2 && s[^2..] is "st" or "nd" or "rd" or "th" && char.IsDigit(s[^3]) ? s[..^2] : s;
}
