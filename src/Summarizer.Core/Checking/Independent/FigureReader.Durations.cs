using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>Durations ("48-hour", "two days", "six hours") and ranks ("third"), read after the number they follow or on their own.</summary>
internal static partial class FigureReader
{
    private static readonly FrozenDictionary<string, double> TimeUnits = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["minute"] = 1.0 / 60, ["minutes"] = 1.0 / 60, ["hour"] = 1, ["hours"] = 1, ["day"] = 24, ["days"] = 24,
        ["week"] = 24 * 7, ["weeks"] = 24 * 7, ["fortnight"] = 24 * 14, ["month"] = 730.5, ["months"] = 730.5, ["year"] = 8766,
        ["years"] = 8766, ["decade"] = 87660, ["decades"] = 87660, ["century"] = 876600, ["centuries"] = 876600,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "a fifth of ferries", "two thirds": a share, not a rank. "a second-year rise", "a third-floor flat": a rank hyphened
    // to what it ranks.
    private static bool IsFraction(string text, IReadOnlyList<Word> words, int i) =>
        i > 0 && (words[i - 1].Folded is "a" or "one" || Units.ContainsKey(words[i - 1].Folded) || words[i - 1].Kind == WordKind.Digits)
            && !(i + 1 < words.Count && words[i + 1].Start == words[i].End + 1 && text[words[i].End] is '-' or '‑');

    // Words that quantify a length of time without a number: "several weeks", "a few months", "many years".
    private static readonly FrozenSet<string> VagueQuantities = FrozenSet.ToFrozenSet(["several", "few", "many", "some", "couple"], StringComparer.Ordinal);

    // "for several weeks": no number, but the unit still says how long; "several months" is not "several weeks".
    private static (Figure, int)? VagueDuration(string text, IReadOnlyList<Word> words, int i)
    {
        var at = i + 1;
        if (!VagueQuantities.Contains(words[i].Folded))
        {
            return null;
        }

        if (at < words.Count && words[at].Folded == "of")
        {
            at++; // "a couple of weeks"
        }

        if (at >= words.Count || !TimeUnits.TryGetValue(words[at].Folded, out var hours) || !words[at].Folded.EndsWith('s'))
        {
            return null;
        }

        return (new Figure(FigureKind.VagueDuration, hours, words[at].Folded, Span(text, words[i], words[at]), words[i].Start, words[at].End), at + 1);
    }

    /// <summary>Hours in one <paramref name="unit"/> ("day" is 24).</summary>
    public static double HoursIn(string unit) => TimeUnits.TryGetValue(unit, out var hours) ? hours : 1;

    // A plain count followed by a unit of time is a duration: "48-hour strike", "two days", "22-year-old".
    private static (Figure, int)? Duration(string text, IReadOnlyList<Word> words, (Figure Figure, int Next)? read)
    {
        if (read is not { } found || found.Figure.Kind != FigureKind.Count || found.Next >= words.Count
            || !TimeUnits.TryGetValue(words[found.Next].Folded, out var hours))
        {
            return read;
        }

        var unit = words[found.Next];
        var figure = found.Figure;
        // "the 47-year-old", "47 years old": an age, which a source may give as "Quist, 47," or "aged 47".
        var age = unit.Folded is "year" or "years" && found.Next + 1 < words.Count && words[found.Next + 1].Folded == "old";
        return (new Figure(FigureKind.Duration, figure.Value * hours, unit.Folded, text[figure.Start..unit.End], figure.Start, unit.End) { IsAge = age }, found.Next + 1);
    }
}
