using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Counts of none: "no arrests had been made", "no one was killed", "nobody was hurt". Zero is a value like any
/// other, so a later "two men have been arrested" updates it instead of standing alone.
/// </summary>
internal static class ZeroCounts
{
    // Nouns that count people something happened to; "no deaths" counts persons.
    private static readonly FrozenSet<string> CountedNouns = FrozenSet.ToFrozenSet(
        ["arrests", "deaths", "injuries", "casualties", "fatalities"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Participles = FrozenSet.ToFrozenSet(
        ["killed", "injured", "hurt", "arrested", "detained", "charged", "wounded"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "has", "have", "been", "is", "being", "yet"], StringComparer.Ordinal);

    /// <summary>Token ranges that state a count of none, cue word included.</summary>
    public static List<(int First, int Last)> Read(Words words)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "no" && CountedNouns.Contains(words[i + 1]))
            {
                found.Add((i, i + 1));
                continue;
            }

            var j = words.At(i, "no one") ? i + 2 : words[i] == "nobody" ? i + 1 : -1;
            if (j < 0)
            {
                continue;
            }

            for (var hops = 0; hops < 3 && Auxiliaries.Contains(words[j]); hops++)
            {
                j++;
            }

            if (Participles.Contains(words[j]))
            {
                found.Add((i, j));
            }
        }

        return found;
    }
}
