using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The words of a claim that stand in a phrase of place or time ("on board", "in the harbour", "during the night"): the
/// circumstances of an act, not its participants. What must hold in each source a merged sentence cites is the act and who
/// or what takes part in it (subject, verb, object, names and figures); outlets telling one event set it in their own
/// words ("Nobody on board was hurt" / "Nobody was hurt among its crew"), so where another cited source says the whole
/// claim, a circumstance this one words otherwise is not wanted of it. A name in the phrase stays wanted (it is checked
/// as a name), and a phrase opened by "by", "from", "for", "with" or "of" may hold an agent, source or object, so it is
/// never read so. General English prepositions, not drawn from any story.
/// </summary>
internal static class Circumstance
{
    private static readonly FrozenSet<string> Opening = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "aboard", "inside", "outside", "near", "among", "amid", "around", "across", "along", "during", "throughout", "within", "beside"],
        StringComparer.Ordinal);

    // Words that end the noun phrase a preposition opens: a verb's auxiliary, a joint or a relative word.
    private static readonly FrozenSet<string> Closing = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "that", "which", "who", "whom", "whose", "where", "when", "while", "was", "were", "is", "are", "had", "has", "have", "be", "been", "will", "would", "could", "to", "after", "before", "because", "as", "by", "from", "for", "with", "of"],
        StringComparer.Ordinal);

    // The noun phrase after the preposition: an article or possessive, at most two modifiers and the head.
    private const int PhraseWords = 4;

    /// <summary>Whether <paramref name="word"/> of <paramref name="words"/> is a common word inside a phrase of place or time.</summary>
    public static bool Holds(string text, IReadOnlyList<Word> words, Word word)
    {
        var at = IndexOf(words, word);
        if (at < 0 || word.IsCapitalized || !word.IsLetters)
        {
            return false;
        }

        if (Opening.Contains(word.Folded))
        {
            return true; // "aboard", "outside": the preposition itself, where it is no function word
        }

        for (var i = at - 1; i >= 0 && at - i <= PhraseWords; i--)
        {
            var w = words[i];
            if (!w.IsLetters || Closing.Contains(w.Folded) || Punctuated(text, words, i))
            {
                return false;
            }

            if (Opening.Contains(w.Folded))
            {
                return true;
            }
        }

        return false;
    }

    // A comma, colon, semicolon, dash or bracket between this word and the next ends the phrase.
    private static bool Punctuated(string text, IReadOnlyList<Word> words, int i) =>
        words[i].End <= words[i + 1].Start && text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny(Breaks) >= 0;

    private static readonly SearchValues<char> Breaks = SearchValues.Create(",;:()\u2013\u2014");

    private static int IndexOf(IReadOnlyList<Word> words, Word word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (ReferenceEquals(words[i], word))
            {
                return i;
            }
        }

        return -1;
    }
}
