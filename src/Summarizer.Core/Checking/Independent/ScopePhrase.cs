using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// A phrase that spreads a statement over an area ("schools across the county", "trains throughout the country", "farms
/// around the valley"): a summary adds it to say where what every source reports took place, and a source that counts
/// the schools or names them says it in its own way. Its words are no content of the claim; the rest still must be found.
/// </summary>
internal static class ScopePhrase
{
    private static readonly FrozenSet<string> Spreads = FrozenSet.ToFrozenSet(["across", "throughout", "around"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "this", "its", "their", "our", "whole", "entire"], StringComparer.Ordinal);

    // General nouns for an area a story takes place in; a named place ("across Devon") is a name and is checked as one.
    private static readonly FrozenSet<string> Areas = FrozenSet.ToFrozenSet(
        ["county", "country", "region", "city", "town", "district", "borough", "area", "nation", "state", "island", "province",
         "valley", "village", "world", "continent", "capital", "countryside"],
        StringComparer.Ordinal);

    /// <summary>Whether the word at <paramref name="i"/> is the spreading word or the area noun of such a phrase.</summary>
    public static bool Holds(IReadOnlyList<Word> words, int i) =>
        (Spreads.Contains(words[i].Folded) && AreaAfter(words, i + 1) >= 0)
        || (Areas.Contains(words[i].Folded) && Enumerable.Range(0, i).Any(s => Spreads.Contains(words[s].Folded) && AreaAfter(words, s + 1) == i));

    // The index of the area noun after a spreading word, past its determiners ("the", "the whole"), or -1.
    private static int AreaAfter(IReadOnlyList<Word> words, int i)
    {
        while (i < words.Count && Determiners.Contains(words[i].Folded))
        {
            i++;
        }

        return i < words.Count && Areas.Contains(words[i].Folded) && words[i].Text.All(c => !char.IsUpper(c)) ? i : -1;
    }
}
