using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// A lexicon of phrases (space-separated lowercase words) filed under their first word: a reader that asks at every
/// token which phrase starts there compares only the phrases that open with that token, not the whole list.
/// </summary>
internal sealed class Phrases
{
    // First word -> the phrases opening with it, in the lexicon's order.
    private readonly FrozenDictionary<string, string[]> _byFirstWord;

    public Phrases(IEnumerable<string> phrases)
    {
        _byFirstWord = phrases
            .GroupBy(p => p.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The first phrase, in the lexicon's order, that the words starting at <paramref name="i"/> are (see
    /// <see cref="Words.At(int, string)"/>); null when none is.
    /// </summary>
    public string? At(Words words, int i)
    {
        if (i < 0 || !_byFirstWord.TryGetValue(words[i], out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (words.At(i, phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// Every phrase, in the lexicon's order, that the words starting at <paramref name="i"/> are: for a reader that
    /// weighs each phrase found there (a longer one ends later), not only the first.
    /// </summary>
    public IEnumerable<string> AllAt(Words words, int i) =>
        i >= 0 && _byFirstWord.TryGetValue(words[i], out var candidates) ? candidates.Where(p => words.At(i, p)) : [];
}
