using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Why a scheme, rule or trial exists, told as the purpose it was brought in for: "the trial was started to fill
/// hard-to-recruit posts", "the scheme had been introduced to cut costs", "was brought in to ease congestion". A passive
/// of bringing something into being followed by "to" and a bare verb gives the aim its makers had, which is the reason
/// an outlet offers for it; an outlet naming another aim is another version. "Was introduced to the public" (a noun after
/// "to") and an active "started to fill" (a beginning, not a purpose) are not read.
/// </summary>
internal static class CausePurposes
{
    // Participles of bringing a scheme into being; "brought in" and "set up" are read with their particle.
    private static readonly FrozenSet<string> Made = FrozenSet.ToFrozenSet(
        ["started", "introduced", "launched", "created", "established", "brought in", "set up"], StringComparer.Ordinal);

    // The auxiliary of a passive right before the participle.
    private static readonly FrozenSet<string> Passive = AuxiliaryVerbs.Set(AuxiliaryVerbs.FiniteBe, ["been", "being"]);

    // Words after "to" that open a noun phrase, so "to" is a preposition: "introduced to the public", "to its members".
    private static readonly FrozenSet<string> NounOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "every", "each", "some", "many", "more", "him", "them", "us", "me", "it"],
        StringComparer.Ordinal);

    /// <summary>Where the purpose ("to fill ...") begins when word <paramref name="i"/> is a passive participle of making.</summary>
    public static int? Start(Words words, int i)
    {
        if (i == 0 || !Passive.Contains(words[i - 1]) || Made.FirstOrDefault(m => words.At(i, m)) is not { } made)
        {
            return null;
        }

        var to = i + Words.WordCount(made);
        return to + 2 < words.Count && words[to] == "to" && !words.BreakAfter(to - 1) && !words.BreakAfter(to) && BareVerb(words, to + 1) ? to : null;
    }

    // A bare verb after "to": a lowercase word that opens no noun phrase and has no inflection of a plural, a past or a
    // gerund ("to fill", "to cut", "to address"; not "to schools", "to children", "to the public").
    private static bool BareVerb(Words words, int k)
    {
        var w = words[k];
        return !words.Capitalized(k) && w.All(c => char.IsLetter(c) || c == '-') && !NounOpeners.Contains(w)
            && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal)
            && (!w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal))
            && !w.EndsWith("ren", StringComparison.Ordinal) && !w.EndsWith("ple", StringComparison.Ordinal);
    }
}
