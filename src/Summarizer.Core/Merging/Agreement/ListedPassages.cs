using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>How a passage only one source states is cut from its sentence so it reads on its own.</summary>
internal static class ListedPassages
{
    // The opening clause that names who or what a sentence is about has at most this many content words ("Kessler Mills,",
    // "Coast guard captain Olexandr Kovalenko,").
    private const int MaxSubjectWords = 6;

    // Words that open a modifier or a subordinate clause, not the predicate of a subject: a passage opening with one
    // does not continue the sentence's subject ("Halvard Quist … in one of the largest cases").
    private static readonly FrozenSet<string> Linking = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "of", "for", "from", "by", "with", "as", "to", "and", "or", "but", "while", "after", "before", "since",
         "until", "although", "though", "because", "whether", "which", "who", "whom", "whose", "where", "when", "including",
         "according", "than", "like", "under", "over", "during", "despite", "unless", "so", "if"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.Ordinal);

    // Marks a passage does not end on, held once rather than built on every call.
    private static readonly char[] TrailingMarks = [',', ';', ':', '-', '–', '—'];

    /// <summary>
    /// <paramref name="passage"/> opened by the sentence's <paramref name="subject"/> clause, the words cut between them
    /// marked with <paramref name="cut"/> ("Kessler Mills … said its ground floor was under water"), when the subject
    /// is a short noun phrase and the passage carries on as its predicate; null otherwise.
    /// </summary>
    public static TextSegment? WithSubject(TextSegment subject, TextSegment passage, string cut)
    {
        if (passage.Start <= subject.Start || ContentWords.Of(subject.Text).Count > MaxSubjectWords)
        {
            return null;
        }

        var heads = Tokenizer.Facts.Tokenize(subject.Text).SkipWhile(t => Articles.Contains(Folding.Fold(t.Text))).ToList();
        var nexts = Tokenizer.Facts.Tokenize(passage.Text);
        if (heads.Count == 0 || nexts.Count == 0)
        {
            return null;
        }

        var (head, next) = (heads[0].Text, nexts[0].Text);
        if (!char.IsUpper(head[0]) || Stopwords.IsStopword(Folding.Fold(head))
            || !char.IsLower(next[0]) || Linking.Contains(Folding.Fold(next)) || next.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var name = subject.Text.Trim().TrimEnd(TrailingMarks).TrimEnd();
        return new TextSegment(name + " " + cut + " " + passage.Text.TrimStart(), subject.Start, passage.End);
    }

    /// <summary>The passage in the source's words, its cut ends marked with <paramref name="cut"/>: "…and is the first pliosaur ever found in the region."</summary>
    public static string Excerpt(SourceIndex source, TextSegment sentence, TextSegment part, string cut)
    {
        // A passage with a cut inside it (the subject kept before its news) carries its own words.
        var slice = source.Article.Text[part.Start..part.End];
        var elided = " " + cut + " ";
        var whole = part.Text.Contains(elided, StringComparison.Ordinal) && !slice.Contains(elided, StringComparison.Ordinal) ? part.Text : slice;
        var words = whole.Trim().TrimEnd(TrailingMarks).TrimEnd();
        var opening = part.Start > sentence.Start ? cut : "";
        var closing = part.End < sentence.End ? cut : "";
        return opening + words + closing;
    }
}
