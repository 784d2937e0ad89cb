using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>The checker's own auxiliaries and modals (it shares no word classes with the code it checks).</summary>
internal static class CheckerAuxiliaries
{
    /// <summary>Forms of be, have and do, and the modals, that stand before a main verb ("Who has officially opened", "were handed").</summary>
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
         "should", "can", "could", "may", "might", "must"],
        StringComparer.Ordinal);
}
