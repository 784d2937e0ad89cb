using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a place is told of: the words of its own clause before it, the noun or verb it is attached to and that phrase's
/// subject ("the winning ticket was bought | at a newsagent", "a sample collected | at the championships", "the crash
/// happened on the stretch | between junctions 12 and 13"). Outlets that word the rest of a sentence apart still attach
/// the disputed place to the same thing, so two places whose anchors hold the same rare words are one slot.
/// </summary>
internal static class PlaceAnchors
{
    /// <summary>
    /// The stems of the content words from the start of the clause holding token <paramref name="first"/> (the place's
    /// first word) up to it: back to a clause break or a word that opens a clause (<see cref="Measures.ClauseOpeners"/>).
    /// Names are left out (the story's towns and bodies sit beside every place), as are <paramref name="own"/>, the
    /// place's words.
    /// </summary>
    public static ClauseAct Of(Words words, int first, IReadOnlySet<string> own, StoryWordWeights weights)
    {
        var start = first;
        while (start > 0 && !words.BreakAfter(start - 1) && !Measures.ClauseOpeners.Contains(words[start - 1]))
        {
            start--;
        }

        var anchor = ContentWords.Of(words.Tokens[start..first])
            .Where(w => !own.Contains(w) && !weights.IsName(w) && !ClauseActs.IsSpeech(w)).ToHashSet(StringComparer.Ordinal);
        return new ClauseAct(anchor, weights.Of(anchor));
    }

    /// <summary>
    /// The weighted share of each anchor's words the other holds, or null when they hold none in common or share less
    /// than <see cref="ClauseActs.MinShare"/>. An anchor is a phrase, not a sentence: one shared word (its head) can be
    /// the thing both places are told of.
    /// </summary>
    public static double? Share(ClauseAct a, ClauseAct b, StoryWordWeights weights)
    {
        if (a.Weight <= 0 || b.Weight <= 0)
        {
            return null;
        }

        var shared = a.Words.Where(b.Words.Contains).Sum(weights.Of);
        var share = Math.Min(shared / a.Weight, shared / b.Weight);
        return shared > 0 && share >= ClauseActs.MinShare ? share : null;
    }
}
