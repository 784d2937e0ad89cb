using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Checking.Independent;

/// <summary>Money, percentages and temperatures: the unit a number is written with.</summary>
internal static partial class FigureReader
{
    private static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dollar"] = "dollar", ["dollars"] = "dollar", ["usd"] = "dollar", ["euro"] = "euro", ["euros"] = "euro", ["eur"] = "euro",
        ["pound"] = "pound", ["pounds"] = "pound", ["sterling"] = "pound", ["gbp"] = "pound", ["yen"] = "yen", ["jpy"] = "yen",
        ["yuan"] = "yuan", ["renminbi"] = "yuan", ["cny"] = "yuan", ["franc"] = "franc", ["francs"] = "franc", ["chf"] = "franc",
        ["krona"] = "krone", ["kronor"] = "krone", ["krone"] = "krone", ["kroner"] = "krone", ["rupee"] = "rupee", ["rupees"] = "rupee",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "dollar", ["€"] = "euro", ["£"] = "pound", ["¥"] = "yen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static (Figure, int) Percent(string text, IReadOnlyList<Word> words, int first, int next, double value)
    {
        var kind = FigureKind.Percent;
        if (next < words.Count && words[next].Folded == "percentage" && next + 1 < words.Count && words[next + 1].Folded is "point" or "points")
        {
            next += 2;
            kind = FigureKind.PercentagePoints;
        }

        return (new Figure(kind, value, "", Span(text, words[first], words[next - 1]), words[first].Start, words[next - 1].End), next);
    }

    // "41.3C", "41.3°C", "41.3 degrees Celsius", "105F", "40 degrees"
    private static (Figure, int)? Temperature(string text, IReadOnlyList<Word> words, int first, int next, double value)
    {
        if (next >= words.Count)
        {
            return null;
        }

        var after = words[next];
        string? unit = null;
        if (after is { IsLetters: true, Glued: true } && after.Text is "C" or "F")
        {
            unit = after.Text == "C" ? "celsius" : "fahrenheit";
        }
        else if (after.Text == "°" || after.Folded is "degree" or "degrees")
        {
            unit = string.Empty;
            if (next + 1 < words.Count && TemperatureScale(words[next + 1]) is { } scale && (after.Text != "°" || words[next + 1].Glued))
            {
                unit = scale;
                next++;
            }
        }

        if (unit is null)
        {
            return null;
        }

        return (new Figure(FigureKind.Temperature, value, unit, Span(text, words[first], words[next]), words[first].Start, words[next].End), next + 1);
    }

    private static string? TemperatureScale(Word w) => w.Folded switch
    {
        "celsius" or "centigrade" => "celsius",
        "fahrenheit" => "fahrenheit",
        "c" when w.Text == "C" => "celsius",
        "f" when w.Text == "F" => "fahrenheit",
        _ => null,
    };
}
