using Summarizer.Text;
using static Summarizer.Facts.PlaceWords;

namespace Summarizer.Facts;

/// <summary>
/// How far the text of a place runs after its name: over a place that locates it ("at Merrow Hall in Castlebury") and
/// over a neighbour it is placed beside ("on Bridge Street, just off Market Square").
/// </summary>
internal static class PlaceChains
{
    // Relations that place a place beside another, not inside it: "on Weir Street, just off the Market Square", "on
    // Market Square in front of the Corn Exchange", "a lay-by on Fen Drove, beyond Saltney Bridge". Not "by", which as
    // often names who did something ("stopped on Mill Road by Ridings Police").
    private static readonly string[][] Beside =
        [.. new[] { "off", "beside", "opposite", "beyond", "behind", "below", "above", "in front of", "next to", "close to" }.Select(r => r.Split(' '))];

    /// <summary>
    /// The last word of a place named right after <paramref name="last"/> as its neighbour ("on Bridge Street, just off
    /// Market Square"), or null. The neighbour is part of how the source places the event, so it belongs to the place's
    /// text (a reader checking the citation finds it there), yet it is no coarser grain of the place: a street just off a
    /// square is not on the square, so it is not kept as a place around this one, and it is not read as a place of its own.
    /// </summary>
    public static int? Neighbour(Words words, int last)
    {
        var k = last + 1;
        if (words.BreakAfter(last) && words.Gap(last).Trim() != ",")
        {
            return null;
        }

        // "just off Tanyard Lane and opposite the Navigation Inn": a second neighbour joined by "and" places the same spot.
        if (words[k] == "and" && !words.BreakAfter(k) && Beside.Any(r => words.At(k + 1, r)))
        {
            k++;
        }

        if (words[k] is "just" or "right" or "directly" or "immediately" && !words.BreakAfter(k))
        {
            k++;
        }

        var relation = Beside.FirstOrDefault(r => words.At(k, r));
        if (relation is null || Enumerable.Range(k, relation.Length).Any(words.BreakAfter))
        {
            return null;
        }

        var name = words[k + relation.Length] == "the" ? k + relation.Length + 1 : k + relation.Length;
        if (!PlaceWord(words, name) || NameSpans.Titles.Contains(words[name]))
        {
            return null;
        }

        var end = name;
        while (end + 1 < words.Count && (PlaceWord(words, end + 1) || PlaceNouns.Contains(words[end + 1])) && !words.BreakAfter(end))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The last word of the place's text and the places around it. The text runs on over a place that locates it: "at
    /// Merrow Hall in Castlebury", "outside Kellby, about four miles north of Dunmere", "in Carden Street, Welbury". Only
    /// the first place is the name compared; a place it is in or near ("in Castlebury", ", Welbury") is kept as a coarser
    /// statement of the same place.
    /// </summary>
    public static (int Last, IReadOnlyList<string> Around) Chained(Words words, int last)
    {
        if (Neighbour(words, last) is { } beside)
        {
            return Chained(words, beside);
        }

        var k = last + 1;
        if (words[k] is "in" or "near" or "outside" or "at" or "on" && PlaceWord(words, k + 1) && !words.BreakAfter(last))
        {
            k++;
            var first = k;
            while (PlaceWord(words, k + 1) && !words.BreakAfter(k))
            {
                k++;
            }

            return (k, [Key(words, first, k)]);
        }

        if (words.BreakAfter(last) && words.Gap(last).Trim() == "," && NameSpans.IsNameWord(words, k))
        {
            // "a flat in Carden Street, Welbury": a bare name set off by a comma and closing the clause is the town.
            var end = k;
            while (NameSpans.IsNameWord(words, end + 1) && !words.BreakAfter(end))
            {
                end++;
            }

            if (end + 1 >= words.Count || words.BreakAfter(end))
            {
                return (end, [Key(words, k, end)]);
            }
        }

        if (!words.BreakAfter(last))
        {
            return (last, []);
        }

        // ", about four miles north of Dunmere": a distance and a direction from another place run on the text.
        var m = k;
        while (m < Math.Min(words.Count, k + 5) && !Directions.Contains(words[m]) && !words.BreakAfter(m))
        {
            m++;
        }

        if (m >= words.Count || !Directions.Contains(words[m]) || words[m + 1] != "of" || !NameSpans.IsNameWord(words, m + 2))
        {
            return (last, []);
        }

        k = m + 2;
        while (NameSpans.IsNameWord(words, k + 1) && !words.BreakAfter(k))
        {
            k++;
        }

        return (k, []);
    }
}
