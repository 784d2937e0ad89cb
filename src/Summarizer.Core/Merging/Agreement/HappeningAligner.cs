using System.Collections.Frozen;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Whether two clauses of different sources tell one happening, read from its arguments rather than its verb: outlets
/// tell one act in their own words ("the span nearest the Haxley bank gave way", "the section that fell, on the Haxley
/// side"), but they keep its distinctive nouns. Two clauses tell one act when they share enough of their rare words,
/// weighted by <see cref="StoryWordWeights"/>. Shared by the finders that compare who did an act and where and when it
/// happened.
/// </summary>
internal static class HappeningAligner
{
    /// <summary>The least weighted share of each clause's rare words the two must hold in common (set on dev cases).</summary>
    public const double MinShare = 0.2;

    /// <summary>The least number of shared words: a single common word is no act.</summary>
    public const int MinShared = 2;

    /// <summary>Words that make a clause a report of speech: they say who told the act, not what happened.</summary>
    public static readonly FrozenSet<string> Speech = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "tells", "according", "added", "adds", "explained", "warned", "insisted", "stressed", "confirmed",
         "spoke", "speaking", "saying", "described", "recalled", "claimed", "admitted", "believes", "believed", "thinks", "wrote", "writes", "asked"],
        StringComparer.Ordinal);

    /// <summary>
    /// The weighted share of each act's words the other holds, or null when the two do not tell one act.
    /// <paramref name="weightA"/> and <paramref name="weightB"/> are the acts' summed weights.
    /// </summary>
    public static double? Share(IReadOnlySet<string> a, double weightA, IReadOnlySet<string> b, double weightB, StoryWordWeights weights)
    {
        // Counted in place: this runs for every pair of clauses in the story.
        var (count, shared) = (0, 0.0);
        foreach (var word in a)
        {
            if (b.Contains(word))
            {
                count++;
                shared += weights.Of(word);
            }
        }

        var share = Math.Min(shared / weightA, shared / weightB);
        return count >= MinShared && share >= MinShare ? share : null;
    }
}
