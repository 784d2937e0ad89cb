using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

internal sealed partial class CitationJudge
{
    // Auxiliaries and modals: where they follow the subject, the predicate opens ("The other joints were fitted ...",
    // "Organisers will use ...").
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        [
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
            "shall", "did", "does", "do",
        ],
        StringComparer.Ordinal);

    // At least half of what the claim says of its subject: a short predicate ("slowed the rescue") may put one of its two
    // words another way, a predicate the passage does not tell ("were fitted at the same time as the one that failed")
    // shares one word of three with it at most.
    private const double PredicateShare = 0.5;

    /// <summary>
    /// Where the claim's predicate opens, as news writes a plain statement: its subject (at least one content word), then an
    /// auxiliary or a verb in the past ("Police reopened ...", "The other joints were fitted ..."); -1 where no such word
    /// follows a subject (a claim opening with its verb, or one whose verb this reading cannot tell from a noun).
    /// </summary>
    internal static int PredicateStart(IReadOnlyList<Word> words, IReadOnlyCollection<Word> content)
    {
        var subject = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.IsLetters)
            {
                if (w.Text is "," or ";" or ":" or "-" or "–" or "—")
                {
                    subject = false; // an opening phrase set off by a comma ("After the race, ...") is no subject
                }

                continue;
            }

            if (subject && (Auxiliaries.Contains(w.Folded)
                || (!w.IsCapitalized && ((w.Folded.Length > 4 && w.Folded.EndsWith("ed", StringComparison.Ordinal)) || Stemmer.IsIrregularPast(w.Folded)))))
            {
                return i;
            }

            subject |= content.Contains(w);
        }

        return -1;
    }

    /// <summary>
    /// A claim cited to one source alone tells what that outlet alone reports, so the passage must hold what the claim says
    /// of its subject, not only the subject: "The viaduct's other joints were fitted at the same time as the one that
    /// failed" shares the viaduct, its joints and the failure with a passage about the failed joint, and says nothing the
    /// passage says. The predicate's own words (after the subject), with the claim's figures, must be at least half found.
    /// Not speech (its speaker and words are judged together) and not a claim of several clauses (each has its own subject).
    /// </summary>
    private static bool PredicateHolds(ClaimReading claim, Func<Word, bool> found, int measures, int dated, int dates)
    {
        if (claim.ReportsSpeech)
        {
            return true; // the speaker and the words are judged together as speech
        }

        var start = PredicateStart(claim.Words, claim.Content);
        if (start < 0)
        {
            return true;
        }

        var opens = claim.Words[start].Start;
        var predicate = claim.Content.Where(c => c.Start >= opens).ToList();
        if (predicate.Count < 2)
        {
            return true;
        }

        var held = predicate.Count(found);
        return held + measures + dated >= (PredicateShare * (predicate.Count + measures + dates)) - 1e-9;
    }
}
