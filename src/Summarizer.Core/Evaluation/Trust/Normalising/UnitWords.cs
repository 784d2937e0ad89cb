namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>
/// Metric units written out become their symbols, so "310 millimetres" states "310 mm" and "40 kilometres"
/// states "40 km". Only a word right after a figure is read as a unit: "metres" elsewhere stays a word.
/// </summary>
internal static class UnitWords
{
    private static readonly Dictionary<string, string> Symbols = Build(
        ("mm", ["millimetre", "millimetres", "millimeter", "millimeters"]),
        ("cm", ["centimetre", "centimetres", "centimeter", "centimeters"]),
        ("m", ["metre", "metres", "meter", "meters"]),
        ("km", ["kilometre", "kilometres", "kilometer", "kilometers"]),
        ("g", ["gram", "grams", "gramme", "grammes"]),
        ("kg", ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
        ("ha", ["hectare", "hectares"]),
        ("l", ["litre", "litres", "liter", "liters"]));

    /// <summary>True for a unit's symbol as <see cref="Resolve"/> writes it ("km", "ha").</summary>
    public static bool IsSymbol(string text) => SymbolSet.Contains(text);

    public static List<TrustToken> Resolve(List<TrustToken> tokens)
    {
        var result = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var afterFigure = i > 0 && tokens[i - 1].Kind == TrustTokenKind.Number;
            result.Add(afterFigure && t.Kind == TrustTokenKind.Word && Symbols.TryGetValue(t.Text, out var symbol)
                ? t with { Text = symbol }
                : t);
        }

        return result;
    }

    private static readonly HashSet<string> SymbolSet = new(Symbols.Values, StringComparer.Ordinal);

    private static Dictionary<string, string> Build(params (string Symbol, string[] Words)[] units) =>
        units.SelectMany(u => u.Words.Select(w => (w, u.Symbol))).ToDictionary(p => p.w, p => p.Symbol, StringComparer.Ordinal);
}
