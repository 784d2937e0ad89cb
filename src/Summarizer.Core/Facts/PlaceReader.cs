using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>A place a sentence puts its event at: the relation ("near", "outside", "north of") and the place's name.</summary>
internal sealed record PlaceSpan(string Relation, int First, int Last, string NameKey, string Head);

/// <summary>
/// Reads where: "near Dunmere station", "outside Kellby", "in Castlebury Cathedral", "at the Brunnwick weather
/// station", "four miles north of Dunmere" (the distance is read as a quantity by the figure reader).
/// </summary>
internal static class PlaceReader
{
    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"],
        StringComparer.Ordinal);

    // Common nouns that finish a place's name ("Dunmere station", "Lauderfeld airport").
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        [
            "station", "airport", "hall", "cathedral", "church", "plant", "factory", "port", "harbour", "harbor", "bridge",
            "stadium", "square", "street", "road", "park", "centre", "center", "hospital", "school", "court", "site",
            "weather", "mine", "quarry", "terminal", "depot", "camp", "village", "town", "city", "district", "county",
            "province", "region", "valley", "river", "lake", "beach", "coast", "island", "border", "crossing", "junction",
        ],
        StringComparer.Ordinal);

    public static List<PlaceSpan> Read(Words words)
    {
        var found = new List<PlaceSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            string? relation = words[i] switch
            {
                "near" or "outside" or "in" or "at" or "inside" or "off" => words[i],
                var d when Directions.Contains(d) && words[i + 1] == "of" => d + " of",
                _ => null,
            };
            if (relation is null)
            {
                continue;
            }

            var start = relation.EndsWith(" of", StringComparison.Ordinal) ? i + 2 : i + 1;
            if (words[start] is "the" or "a")
            {
                start++;
            }

            if (!NameSpans.IsNameWord(words, start) || NameSpans.Titles.Contains(words[start]))
            {
                continue;
            }

            var last = start;
            while (last + 1 < words.Count && NameSpans.IsNameWord(words, last + 1) && !words.BreakAfter(last))
            {
                last++;
            }

            // Lowercase place nouns that finish the name: "Brunnwick weather station".
            var head = "";
            while (last + 1 < words.Count && PlaceNouns.Contains(words[last + 1]) && !words.BreakAfter(last))
            {
                last++;
                head = words[last];
            }

            var name = NameKey.Of(string.Join(' ', Enumerable.Range(start, last - start + 1).Select(k => words.Tokens[k].Text)));
            found.Add(new PlaceSpan(relation, i, last, name, head));
            i = last;
        }

        return found;
    }
}
