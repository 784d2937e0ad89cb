using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// What a clause of failing read after a word of report or time ("understands that", "when", "said") is, when its word
/// of failing is not the clause's own predicate. Told before a noun ("a snapped cable sent the lift hurtling down the
/// shaft") the participle describes the subject, and the subject's verb starts what the failed thing then did: the cause
/// is the subject, so "the lift" it sent is not compared as part of it, and a rival told with the same thing ("a brake
/// ... allowed the lift to drop") is another version.
/// </summary>
internal static class FailedClauseShapes
{
    // Auxiliaries and hedges that open a verb group: "a burst main had flooded", "a snapped cable may have sent".
    private static readonly FrozenSet<string> VerbOpeners = AuxiliaryVerbs.Set(
        AuxiliaryVerbs.Have, AuxiliaryVerbs.FiniteBe, ["may", "might", "could", "would", "probably", "apparently"]);

    private const int NounPhraseWords = 4;

    /// <summary>The span with its core ended at the subject when a participle of failing describes it.</summary>
    public static CauseSpan Shape(Words words, CauseSpan span, int failed)
    {
        if (failed == span.First + 1 && words[span.First] is "a" or "an")
        {
            return SubjectVerb(words, failed + 2, span.Last) is { } verb ? span with { CoreLast = verb - 1 } : span;
        }

        return span;
    }

    // The verb after the noun a participle describes: an auxiliary, or a past form ("sent", "flooded") within a few words.
    private static int? SubjectVerb(Words words, int from, int last)
    {
        for (var k = from; k <= last && k - from < NounPhraseWords && !words.BreakAfter(k - 1); k++)
        {
            if (VerbOpeners.Contains(words[k]) || Past(words, k))
            {
                return k;
            }
        }

        return null;
    }

    private static bool Past(Words words, int k) =>
        !words.Capitalized(k) && (IrregularVerbs.IsPastForm(words[k]) || (words[k].Length > 4 && words[k].EndsWith("ed", StringComparison.Ordinal) && words[k].All(char.IsLetter)));
}
