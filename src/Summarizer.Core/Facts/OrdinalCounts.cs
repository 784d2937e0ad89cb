using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Counts said with an ordinal: "a third man has been arrested", "the fourth death". The ordinal says how many there
/// now are, and that there were fewer before, so it is read as a count that has changed, not as a rank.
/// </summary>
internal static class OrdinalCounts
{
    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The ordinals of a sentence with the value they count ("a third" is 3). The caller keeps those whose head noun
    /// counts something an event happened to: "the third day", "a second time" count no one.
    /// </summary>
    public static List<ValueSpan> Read(Words words)
    {
        var found = new List<ValueSpan>();
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "a" or "the" && !words.BreakAfter(i - 1) && Ordinals.TryGetValue(words[i], out var n) && !words.BreakAfter(i))
            {
                var value = new FactValue(ValueKind.Count, Interval.Point(n)) { Stated = n };
                found.Add(new ValueSpan(value, i - 1, i, words.Tokens[i - 1].Start, words.Tokens[i].End, i));
            }
        }

        return found;
    }
}
