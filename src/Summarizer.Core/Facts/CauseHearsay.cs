using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// A cause an outlet passes on as others' first word rather than its own version: "early reports blamed a digger",
/// "initial accounts pointed to the stove", "suggestions that a burst main was to blame". News reports so word what
/// was said before the outlet's own finding; findings ("early indications pointed to corrosion", "initial checks")
/// are the outlet's version and are not hearsay.
/// </summary>
internal static class CauseHearsay
{
    // Words for talk that need no adjective to be hearsay.
    private static readonly FrozenSet<string> Talk = FrozenSet.ToFrozenSet(
        ["suggestions", "speculation", "rumours", "rumors", "rumour", "rumor", "gossip"], StringComparer.Ordinal);

    // Words for reports that are hearsay when called early or unconfirmed ("early reports", "first accounts").
    private static readonly FrozenSet<string> Reports = FrozenSet.ToFrozenSet(["reports", "accounts", "report", "account"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Early = FrozenSet.ToFrozenSet(
        ["early", "earlier", "initial", "first", "unconfirmed", "some", "conflicting"], StringComparer.Ordinal);

    private const int Reach = 6;

    /// <summary>True when the clause before <paramref name="i"/> (the cue or the cause's first word) says hearsay gives the cause.</summary>
    public static bool At(Words words, int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= Reach && !words.BreakAfter(k); k--)
        {
            if (Talk.Contains(words[k]) || (Reports.Contains(words[k]) && Early.Contains(words[k - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
