using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Units of measure read after a figure, each with its dimension and factor to the dimension's base unit
/// (seconds, metres, hectares, km/h, kilograms, watts, litres), and currencies by symbol, code and word.
/// </summary>
internal static class Units
{
    public const double Year = 365.25 * 86400;

    private const double Foot = 0.3048, Inch = 0.0254, Pound = 0.45359237, Ounce = 0.028349523125;

    /// <summary>Durations in seconds, by unit word (singular, plural, short and hyphenated forms).</summary>
    public static readonly FrozenDictionary<string, double> Durations = Expand(new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["second"] = 1, ["sec"] = 1, ["minute"] = 60, ["min"] = 60, ["hour"] = 3600, ["hr"] = 3600,
        ["day"] = 86400, ["week"] = 7 * 86400, ["fortnight"] = 14 * 86400, ["month"] = Year / 12, ["year"] = Year,
        ["yr"] = Year, ["decade"] = 10 * Year, ["century"] = 100 * Year,
    });

    /// <summary>Quantities: unit word -> (dimension, factor to the base unit).</summary>
    public static readonly FrozenDictionary<string, (string Dimension, double Factor)> Quantities = new Dictionary<string, (string, double)>(StringComparer.Ordinal)
    {
        ["km"] = ("length", 1000), ["kilometre"] = ("length", 1000), ["kilometres"] = ("length", 1000), ["kilometer"] = ("length", 1000),
        ["kilometers"] = ("length", 1000), ["metre"] = ("length", 1), ["metres"] = ("length", 1), ["meter"] = ("length", 1),
        ["meters"] = ("length", 1), ["cm"] = ("length", 0.01), ["centimetres"] = ("length", 0.01), ["mm"] = ("length", 0.001),
        ["millimetres"] = ("length", 0.001), ["mile"] = ("length", 1609.344), ["miles"] = ("length", 1609.344),
        ["ft"] = ("length", Foot), ["foot"] = ("length", Foot), ["feet"] = ("length", Foot),
        ["inch"] = ("length", Inch), ["inches"] = ("length", Inch), ["yards"] = ("length", 0.9144),
        ["hectare"] = ("area", 1), ["hectares"] = ("area", 1), ["ha"] = ("area", 1), ["acre"] = ("area", 0.40468564224),
        ["acres"] = ("area", 0.40468564224), ["km2"] = ("area", 100), ["sq km"] = ("area", 100), ["square kilometres"] = ("area", 100),
        ["square kilometers"] = ("area", 100), ["square km"] = ("area", 100), ["square miles"] = ("area", 258.9988110336),
        ["square metres"] = ("area", 0.0001),
        ["mph"] = ("speed", 1.609344), ["km/h"] = ("speed", 1), ["kph"] = ("speed", 1), ["kmh"] = ("speed", 1), ["knots"] = ("speed", 1.852),
        ["miles per hour"] = ("speed", 1.609344), ["kilometres per hour"] = ("speed", 1),
        ["tonnes"] = ("mass", 1000), ["tonne"] = ("mass", 1000), ["tons"] = ("mass", 1000), ["kg"] = ("mass", 1),
        ["kilograms"] = ("mass", 1), ["kilos"] = ("mass", 1), ["kilo"] = ("mass", 1), ["kilogram"] = ("mass", 1), ["grams"] = ("mass", 0.001), ["gram"] = ("mass", 0.001), ["grammes"] = ("mass", 0.001),
        ["milligrams"] = ("mass", 1e-6), ["milligram"] = ("mass", 1e-6), ["mg"] = ("mass", 1e-6),
        ["micrograms"] = ("mass", 1e-9), ["microgram"] = ("mass", 1e-9), ["mcg"] = ("mass", 1e-9), ["µg"] = ("mass", 1e-9), ["μg"] = ("mass", 1e-9),
        ["lb"] = ("mass", Pound), ["lbs"] = ("mass", Pound), ["oz"] = ("mass", Ounce), ["ounce"] = ("mass", Ounce), ["ounces"] = ("mass", Ounce),
        ["gw"] = ("power", 1e9), ["gigawatts"] = ("power", 1e9), ["gigawatt"] = ("power", 1e9), ["mw"] = ("power", 1e6),
        ["megawatts"] = ("power", 1e6), ["megawatt"] = ("power", 1e6), ["kw"] = ("power", 1e3), ["kilowatts"] = ("power", 1e3),
        ["gwh"] = ("energy", 1e9), ["mwh"] = ("energy", 1e6), ["kwh"] = ("energy", 1e3), ["terawatt-hours"] = ("energy", 1e12),
        ["litres"] = ("volume", 1), ["liters"] = ("volume", 1), ["cubic metres"] = ("volume", 1000), ["gallons"] = ("volume", 3.785411784),
        ["c"] = ("temperature", 1), ["degrees celsius"] = ("temperature", 1), ["degrees c"] = ("temperature", 1), ["celsius"] = ("temperature", 1),
        ["degrees"] = ("temperature", 1),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<char, string> CurrencySymbols = new Dictionary<char, string>
    {
        ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP", ['¥'] = "JPY", ['₹'] = "INR", ['₩'] = "KRW",
    }.ToFrozenDictionary();

    /// <summary>Currency codes and words (lowercase), singular and plural.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR",
        ["gbp"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP", ["jpy"] = "JPY", ["yen"] = "JPY",
        ["chf"] = "CHF", ["francs"] = "CHF", ["inr"] = "INR", ["rupees"] = "INR", ["cad"] = "CAD", ["aud"] = "AUD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Half a step of the last digit a figure is written to, in its own unit: "9" is 9 to the nearest one (0.5), "13.3" to
    /// the nearest tenth (0.05), "340" and "30,000" to their last non-zero digit (5 and 5,000). A figure in one unit
    /// converted from another is rounded to about that step, so this is how far it may stand from the exact conversion.
    /// </summary>
    public static double Grain(decimal figure)
    {
        var value = Math.Abs(figure);
        if (value == 0)
        {
            return 0;
        }

        var step = 1m;
        if (value != decimal.Truncate(value))
        {
            while (value * (1 / step) != decimal.Truncate(value * (1 / step)) && step > 0.0000001m)
            {
                step /= 10;
            }
        }
        else
        {
            while (value % (step * 10) == 0)
            {
                step *= 10;
            }
        }

        return (double)step / 2;
    }

    /// <summary>The duration unit a word names ("hours", "48-hour", "yr"), in seconds.</summary>
    public static bool TryDuration(string word, out double seconds) => Durations.TryGetValue(word, out seconds);

    /// <summary>The longest quantity unit of up to three words at <paramref name="i"/>, and its last token.</summary>
    public static bool TryQuantity(Words words, int i, out (string Dimension, double Factor) unit, out int last)
    {
        for (var n = 3; n >= 1; n--)
        {
            var phrase = string.Join(' ', Enumerable.Range(i, n).Select(k => words[k]));
            if (Quantities.TryGetValue(phrase, out unit))
            {
                last = i + n - 1;
                return true;
            }
        }

        unit = default;
        last = i;
        return false;
    }

    /// <summary>
    /// The smaller part of an imperial figure written in two units, after the larger part that ends at
    /// <paramref name="unitLast"/> with <paramref name="factor"/> ("12ft 9in", "6ft 2 inches", "6lb 4oz": one measure),
    /// in base units with its last token. It is read only in figures, glued or with its unit word, never from a bare
    /// "in" ("6ft in places" is no size).
    /// </summary>
    public static (double Value, int Last)? SmallerPart(Words words, int unitLast, double factor)
    {
        if (factor is not (Foot or Pound) || words.BreakAfter(unitLast) || !NumberReader.TryRead(words, unitLast + 1, out var part) || part.IsWord)
        {
            return null;
        }

        var smaller = factor == Foot ? Inch : Ounce;
        var unit = part.Suffix.Length > 0 ? part.Suffix : words[part.Last + 1];
        var last = part.Suffix.Length > 0 ? part.Last : part.Last + 1;
        var matches = (factor == Foot && part.Suffix == "in") || (Quantities.TryGetValue(unit, out var named) && named.Factor == smaller);
        return matches ? ((double)part.Value * smaller, last) : null;
    }

    private static FrozenDictionary<string, double> Expand(Dictionary<string, double> units)
    {
        var all = new Dictionary<string, double>(units, StringComparer.Ordinal);
        foreach (var (word, factor) in units)
        {
            all.TryAdd(word + "s", factor);
        }

        all["centuries"] = 100 * Year;
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
