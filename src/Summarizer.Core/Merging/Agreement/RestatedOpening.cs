using Summarizer.Chunking;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// When "reported by one source" may list a sentence's news without the clauses before it that restate another source,
/// though no subject is left to open it ("…raising the prospect of delayed results next year" after "Lecturers have
/// voted to stop marking in a dispute over pay", which every outlet reports). News writing puts the shared main clause
/// first and one outlet's own figure after it; listing the whole sentence shows the shared fact as this outlet's.
/// </summary>
internal static class RestatedOpening
{
    // A figure-free clause with fewer words than this that no other source uses is their statement in their words:
    // the same bar JudgeClause sets for a clause to be news at all.
    private const int MinNovelWords = 2;

    // Words that may stand between "has"/"have" and the participle of a perfect ("has now been", "have since found").
    private static readonly string[] PerfectAdverbs = ["now", "since", "already", "also", "just", "finally", "so", "far"];

    /// <summary>
    /// True when the listed passage may be <paramref name="fragment"/> rather than the whole <paramref name="passage"/>:
    /// the fragment holds a figure no other source gives (a checkable fact of this source's, so it does not read as
    /// colour torn from its sentence), every clause cut before it uses fewer than two words no other source uses, and
    /// none of them words a state as now reached in the present perfect ("have been allowed back", "has completed the
    /// transfer"): such a clause tells what others reported in its newer state, an update the reader must not lose.
    /// </summary>
    public static bool MayLeaveFragment(
        IReadOnlyList<TextSegment> clauses, TextSegment passage, TextSegment fragment, IReadOnlyList<Fact> stated, SentenceWords sentence, FactCorroboration facts)
    {
        var holdsOwnFigure = stated.Any(f => f.Start >= fragment.Start && f.Start < fragment.End
            && facts.IsValue(f) && !f.OnPublicationDay && !facts.IsCorroborated(f) && !facts.IsDisputed(f));
        if (!holdsOwnFigure)
        {
            return false;
        }

        var cut = clauses.Where(c => c.Start >= passage.Start && c.End <= fragment.Start).ToList();
        return cut.All(c => sentence.NovelCount(sentence.Own(sentence.ContentOf(c))) < MinNovelWords && !SaysStateReached(c.Text));
    }

    /// <summary>True when <paramref name="clause"/> holds a present perfect: "has"/"have", perhaps an adverb, then "been" or a participle.</summary>
    public static bool SaysStateReached(string clause)
    {
        var words = Tokenizer.Facts.Tokenize(clause).Select(t => Folding.Fold(t.Text)).ToList();
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k] is not ("has" or "have"))
            {
                continue;
            }

            var n = k + 1;
            while (n < words.Count - 1 && PerfectAdverbs.Contains(words[n], StringComparer.Ordinal))
            {
                n++;
            }

            var word = words[n];
            if (word == "been" || IrregularVerbs.IsPastForm(word) || (word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
