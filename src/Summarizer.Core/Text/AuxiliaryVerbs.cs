using System.Collections.Frozen;

namespace Summarizer.Text;

/// <summary>
/// English's closed classes of auxiliary verbs, named once. A reader that walks a verb group builds the set it needs
/// from these classes plus the adverbs its own structure lets stand between auxiliary and verb, so no reader carries a
/// hand-typed copy that differs from the next by a forgotten "shall".
/// </summary>
internal static class AuxiliaryVerbs
{
    /// <summary>Finite forms of "be": "is", "are", "was", "were".</summary>
    public static readonly IReadOnlyList<string> FiniteBe = ["is", "are", "was", "were"];

    /// <summary>Non-finite forms of "be": "be", "been", "being".</summary>
    public static readonly IReadOnlyList<string> NonFiniteBe = ["be", "been", "being"];

    /// <summary>Forms of "have": "has", "have", "had".</summary>
    public static readonly IReadOnlyList<string> Have = ["has", "have", "had"];

    /// <summary>The modal verbs.</summary>
    public static readonly IReadOnlyList<string> Modals = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"];

    /// <summary>Forms of "do": "do", "does", "did".</summary>
    public static readonly IReadOnlyList<string> Do = ["do", "does", "did"];

    /// <summary>Every auxiliary: each form of be, have and do, and the modals.</summary>
    public static IEnumerable<string> All => FiniteBe.Concat(NonFiniteBe).Concat(Have).Concat(Modals).Concat(Do);

    /// <summary>The words of <paramref name="classes"/> as one set, for a reader's verb-group walk.</summary>
    public static FrozenSet<string> Set(params IEnumerable<string>[] classes) =>
        classes.SelectMany(c => c).ToFrozenSet(StringComparer.Ordinal);
}
