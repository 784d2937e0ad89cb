using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Which extent a length measures: a thing's height, depth, width, length or thickness. "8 metres deep" and "10 metres
/// across" in one sentence are two measures of one hole, never one misreported figure; "a 15-metre-deep crater" and
/// "about 8 metres deep" are one. Adjectives and nouns of the same extent are one class ("tall" and "high").
/// </summary>
internal static class Extents
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["high"] = "height", ["tall"] = "height", ["height"] = "height", ["altitude"] = "height", ["elevation"] = "height",
        ["deep"] = "depth", ["depth"] = "depth",
        ["wide"] = "width", ["width"] = "width", ["across"] = "width", ["diameter"] = "width", ["broad"] = "width", ["breadth"] = "width",
        ["long"] = "length", ["length"] = "length",
        ["thick"] = "thickness", ["thickness"] = "thickness",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The extent a word names, or null.</summary>
    public static string? Of(string word) => Names.GetValueOrDefault(word);

    /// <summary>
    /// The extent a length figure in <paramref name="words"/> says it measures: glued to it ("a 9-metre-high roof"), the
    /// word after it ("25 metres high", "12ft in diameter"), or the noun it is "of" ("a depth of up to 1.5 metres",
    /// "reached a height of 9 km"); "" when unsaid.
    /// </summary>
    public static string Read(Words words, ValueSpan span)
    {
        foreach (var part in words.Tokens[span.Number].Text.ToLowerInvariant().Split('-').Skip(1))
        {
            if (Of(part) is { } glued)
            {
                return glued;
            }
        }

        if (!words.BreakAfter(span.Last))
        {
            var next = span.Last + 1;
            if (Of(words[next]) is { } after && words[next] is not ("length" or "height" or "depth" or "width"))
            {
                return after; // "25 metres high", not "3 metres length of pipe"
            }

            if (words[next] == "in" && !words.BreakAfter(next) && Of(words[next + 1]) is { } said)
            {
                return said; // "12ft in diameter"
            }
        }

        return NamedBefore(words, span.First) ? Of(words[span.First - 2])! : "";
    }

    /// <summary>
    /// True when the figure that opens at <paramref name="first"/> is what an extent noun is "of" ("a depth of 62m",
    /// "reached a height of 9 km"): a length, so a glued "m" is metres, not millions.
    /// </summary>
    public static bool NamedBefore(Words words, int first) =>
        first >= 2 && words[first - 1] == "of" && !words.BreakAfter(first - 2) && Of(words[first - 2]) is not null
        && words[first - 2] is not ("high" or "deep" or "wide" or "long" or "tall");
}
