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
            if (Possessed(words, i) is { } owned)
            {
                found.Add(owned);
                i = owned.Last;
                continue;
            }

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

            // "near the village of Almira", "in the mountain town of Castel Serra": the place is named after what it is.
            var described = Described(words, start);
            if (described is { } named)
            {
                start = named.Name;
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
            var head = described?.Head ?? "";
            while (last + 1 < words.Count && PlaceNouns.Contains(words[last + 1]) && !words.BreakAfter(last))
            {
                last++;
                head = words[last];
            }

            // "at Merrow Hall" is a hall; "a plant in Harlow Bridge" is the plant's place.
            if (head.Length == 0 && PlaceNouns.Contains(words[last]))
            {
                head = words[last];
            }
            else if (head.Length == 0 && relation is "in" or "at" && i > 0 && !words.Capitalized(i - 1) && PlaceNouns.Contains(words[i - 1]))
            {
                head = words[i - 1];
            }

            var name = NameKey.Of(string.Join(' ', Enumerable.Range(start, last - start + 1).Select(k => words.Tokens[k].Text)));
            var chained = Chained(words, last);
            found.Add(new PlaceSpan(relation, i, chained, name, head));
            i = chained;
        }

        return found;
    }

    // A place noun, with up to two lowercase words before it, then "of" and a name: "village of Almira", "mountain town
    // of Castel Serra", "port city of Varna". The name is the place; the noun says what kind of place it is.
    private static (int Name, string Head)? Described(Words words, int start)
    {
        for (var k = start; k <= start + 2 && k + 2 < words.Count && !words.Capitalized(k) && !words.BreakAfter(k); k++)
        {
            if (PlaceNouns.Contains(words[k]) && words[k + 1] == "of" && NameSpans.IsNameWord(words, k + 2) && !NameSpans.Titles.Contains(words[k + 2]))
            {
                return (k + 2, words[k]);
            }
        }

        return null;
    }

    // "its Wexmoor plant", "its Harlow Bridge assembly plant": a named site owned by the subject.
    private static PlaceSpan? Possessed(Words words, int i)
    {
        if (words[i] is not ("its" or "their" or "his" or "her") || !NameSpans.IsNameWord(words, i + 1))
        {
            return null;
        }

        var last = i + 1;
        while (NameSpans.IsNameWord(words, last + 1) && !words.BreakAfter(last))
        {
            last++;
        }

        var end = last;
        for (var k = last + 1; k <= last + 3 && k < words.Count && char.IsLower(words.Tokens[k].Text[0]); k++)
        {
            if (PlaceNouns.Contains(words[k]))
            {
                var name = NameKey.Of(string.Join(' ', Enumerable.Range(i + 1, end - i).Select(j => words.Tokens[j].Text)));
                return new PlaceSpan("of", i + 1, k, name, words[k]);
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return null;
    }

    // The text of a place runs on over a place that locates it: "at Merrow Hall in Castlebury", "outside Kellby, about
    // four miles north of Dunmere". Only the first place is the name compared.
    private static int Chained(Words words, int last)
    {
        var k = last + 1;
        if (words[k] is "in" or "near" && NameSpans.IsNameWord(words, k + 1) && !words.BreakAfter(last))
        {
            k++;
        }
        else if (words.BreakAfter(last))
        {
            var m = k;
            while (m < Math.Min(words.Count, k + 5) && !Directions.Contains(words[m]) && !words.BreakAfter(m))
            {
                m++;
            }

            if (m >= words.Count || !Directions.Contains(words[m]) || words[m + 1] != "of" || !NameSpans.IsNameWord(words, m + 2))
            {
                return last;
            }

            k = m + 2;
        }
        else
        {
            return last;
        }

        while (NameSpans.IsNameWord(words, k + 1) && !words.BreakAfter(k))
        {
            k++;
        }

        return k;
    }
}
