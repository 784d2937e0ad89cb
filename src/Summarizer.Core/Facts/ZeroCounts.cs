using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// Counts of none: "no arrests had been made", "no one was killed", "nobody was hurt", and a harm denied of whoever
/// the clause is about, "its crew were unhurt", "the driver escaped uninjured". Zero is a value like any other, so a
/// later "two men have been arrested" updates it instead of standing alone, and two outlets' "nobody was hurt" and
/// "all were unharmed" are one figure.
/// </summary>
internal static class ZeroCounts
{
    // Nouns that count people something happened to; "no deaths" counts persons.
    private static readonly FrozenSet<string> CountedNouns = FrozenSet.ToFrozenSet(
        ["arrests", "deaths", "injuries", "casualties", "fatalities"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Participles = FrozenSet.ToFrozenSet(
        ["killed", "injured", "hurt", "harmed", "arrested", "detained", "charged", "wounded"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["was", "were", "had", "has", "have", "been", "is", "being", "yet"], StringComparer.Ordinal);

    // The harm participles a negating "un-" turns into a state ("unhurt", "uninjured", "unharmed"), and the verbs
    // that predicate such a state of their subject ("were unhurt", "escaped unharmed", "got away uninjured"; "unscathed" is no
    // participle and not read).
    private static readonly FrozenSet<string> Harms = FrozenSet.ToFrozenSet(["injured", "hurt", "harmed", "wounded"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> StateVerbs = FrozenSet.ToFrozenSet(
        ["was", "were", "is", "are", "been", "escaped", "remained", "survived", "away"], StringComparer.Ordinal);

    /// <summary>
    /// The harm participle a denied harm negates ("unhurt" -> "hurt", whose frame counts injuries), or null for any other
    /// word: the negated participle is no cue of its own, so no other figure of the sentence is read as that harm's count.
    /// </summary>
    public static string? DeniedHarm(string word) =>
        word.StartsWith("un", StringComparison.Ordinal) && Harms.Contains(word[2..]) ? word[2..] : null;

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

            if (i > 0 && DeniedHarm(words[i]) is not null && StateVerbs.Contains(words[i - 1]))
            {
                found.Add((i - 1, i)); // "were unhurt": none of the clause's subject was hurt
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
