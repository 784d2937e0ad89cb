using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// Times said relative to the report ("this week", "next month", "last year") and how often something happens
/// ("once a week", "twice a year"): "next week" is not "this week", "next spring" not "this autumn", "twice a week" is not "once a week".
/// </summary>
internal static partial class FigureReader
{
    private static readonly FrozenDictionary<string, int> RelativeWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["last"] = -1, ["this"] = 0, ["next"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A season said relative to the report ("next spring", "this autumn") is a period too: "next spring" is not "this autumn".
    private static readonly FrozenSet<string> RelativeUnits = FrozenSet.ToFrozenSet(["week", "month", "year", "spring", "summer", "autumn", "winter"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> TimesWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["once"] = 1, ["twice"] = 2, ["thrice"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "next week": the unit, and -1, 0 or 1 for last, this and next; "later this year" is this year.
    private static (Figure, int)? RelativePeriod(string text, IReadOnlyList<Word> words, int i)
    {
        if (!words[i].IsLetters || !RelativeWords.TryGetValue(words[i].Folded, out var offset) || i + 1 >= words.Count || !RelativeUnits.Contains(words[i + 1].Folded))
        {
            return null;
        }

        if (i > 0 && words[i - 1].Folded is "the" or "a" or "every")
        {
            return null; // "the last year" is a length of time, not the year before this one
        }

        var unit = words[i + 1];
        return (new Figure(FigureKind.RelativePeriod, offset, unit.Folded, Span(text, words[i], unit), words[i].Start, unit.End), i + 2);
    }

    // "once a week", "twice per year": a count of times, as "three times a week" is.
    private static (Figure, int)? Frequency(string text, IReadOnlyList<Word> words, int i)
    {
        if (!words[i].IsLetters || !TimesWords.TryGetValue(words[i].Folded, out var times) || i + 2 >= words.Count
            || words[i + 1].Folded is not ("a" or "an" or "per" or "every") || !TimeUnits.ContainsKey(words[i + 2].Folded))
        {
            return null;
        }

        return (new Figure(FigureKind.Count, times, "", words[i].Text, words[i].Start, words[i].End), i + 1);
    }
}
