using System.Collections.Frozen;
using System.Globalization;

namespace Summarizer.Checking.Independent;

/// <summary>Number words: "twelve", "twenty-seven", "three thousand", "a million", "two million euros".</summary>
internal static partial class FigureReader
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9,
        ["trillion"] = 1e12, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A cardinal written as a word ("twenty", "thousand"): it gives a figure.</summary>
    public static bool IsNumberWord(string folded) => Units.ContainsKey(folded) || Scales.ContainsKey(folded);

    // "one" and the article before a scale: "a thousand", "a million".
    private static bool IsOne(Word w) => w.Folded is "one" or "a";

    private static readonly FrozenDictionary<string, double> FractionWords = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["half"] = 50, ["halves"] = 50, ["third"] = 100.0 / 3, ["thirds"] = 100.0 / 3, ["quarter"] = 25, ["quarters"] = 25,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "three-quarters", "a third", "two thirds", "half of": a share, read as an approximate percentage.
    private static (Figure, int)? Fraction(string text, IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        if (!w.IsLetters)
        {
            return null;
        }

        if (FractionOfOne(text, words, i) is { } ofOne)
        {
            return ofOne;
        }

        if (w.Folded == "half" && i + 1 < words.Count && words[i + 1].Folded is "of" or "the" or "their" or "its" or "his" or "her")
        {
            return (new Figure(FigureKind.Percent, 50, "", w.Text, w.Start, w.End) { Bound = FigureBound.About }, i + 1);
        }

        var count = IsOne(w) ? 1 : Units.TryGetValue(w.Folded, out var unit) ? unit : 0;
        if (count is < 1 or > 4 || i + 1 >= words.Count || !FractionWords.TryGetValue(words[i + 1].Folded, out var share) || words[i + 1].Folded.StartsWith("hal", StringComparison.Ordinal))
        {
            return null;
        }

        // "two-thirds", "three-quarters"; "a third" and "one quarter" only as a share of something ("a third of"), not "a third man".
        var end = words[i + 1];
        if (!end.Folded.EndsWith('s') && (i + 2 >= words.Count || words[i + 2].Folded != "of"))
        {
            return null;
        }

        return (new Figure(FigureKind.Percent, count * share, "", Span(text, w, end), w.Start, end.End) { Bound = FigureBound.About }, i + 2);
    }

    // "a quarter of a percentage point", "half a percentage point", "half an hour", "three quarters of an hour": a share of
    // one unit is that much of the unit (0.25 points, 0.5 hours), not a share of something counted.
    private static (Figure, int)? FractionOfOne(string text, IReadOnlyList<Word> words, int i)
    {
        var at = i;
        var count = 1;
        if (words[at].Folded != "half")
        {
            count = IsOne(words[at]) ? 1 : Units.TryGetValue(words[at].Folded, out var unit) ? unit : 0;
            at++;
        }

        if (count is < 1 or > 4 || at >= words.Count || !FractionWords.TryGetValue(words[at].Folded, out var share))
        {
            return null;
        }

        at++;
        if (at < words.Count && words[at].Folded == "of")
        {
            at++;
        }

        if (at + 1 >= words.Count || words[at].Folded is not ("a" or "an"))
        {
            return null;
        }

        var amount = count * share / 100;
        var first = words[i];
        if (words[at + 1].Folded == "percentage" && at + 2 < words.Count && words[at + 2].Folded == "point")
        {
            var last = words[at + 2];
            return (new Figure(FigureKind.PercentagePoints, amount, "", Span(text, first, last), first.Start, last.End), at + 3);
        }

        if (words[at + 1].Folded is "hour" or "day" or "year" && TimeUnits.TryGetValue(words[at + 1].Folded, out var hours))
        {
            var last = words[at + 1];
            return (new Figure(FigureKind.Duration, amount * hours, last.Folded, Span(text, first, last), first.Start, last.End), at + 2);
        }

        return null;
    }

    // "twelve", "twenty seven" ("twenty-seven"), "three thousand", "two million euros"
    private static (Figure, int)? NumberWords(string text, IReadOnlyList<Word> words, int i)
    {
        double total = 0, current = 0;
        var next = i;
        while (next < words.Count && words[next].IsLetters)
        {
            var f = words[next].Folded;
            if (Units.TryGetValue(f, out var unit))
            {
                current += unit;
            }
            else if (next == i && IsOne(words[next]))
            {
                current += 1;
            }
            else if (f == "one" && current >= 20 && current % 10 == 0 && current % 100 != 0)
            {
                // "forty-one", "twenty one": the unit after a tens word ("one" is not among Units, so it stopped here).
                current += 1;
            }
            else if (f == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (Scales.TryGetValue(f, out var scale))
            {
                total += Math.Max(current, 1) * scale;
                current = 0;
            }
            else
            {
                break;
            }

            next++;
        }

        var value = total + current;
        string? currency = null;
        if (next < words.Count && CurrencyWords.TryGetValue(words[next].Folded, out var named))
        {
            currency = named;
            next++;
        }
        else if (next < words.Count && (words[next].Folded is "percent" || words[next].Text == "%"))
        {
            return Percent(text, words, i, next + 1, value);
        }

        var surface = Span(text, words[i], words[next - 1]);
        return currency is null
            ? (new Figure(FigureKind.Count, value, "", surface, words[i].Start, words[next - 1].End), next)
            : (new Figure(FigureKind.Money, value, currency, surface, words[i].Start, words[next - 1].End), next);
    }
}
