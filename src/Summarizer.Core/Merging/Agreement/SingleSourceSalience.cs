using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>How much a passage only one source states tells the reader, and in what order such passages are listed.</summary>
internal static class SingleSourceSalience
{
    /// <summary>
    /// What the passage weighs: new figures 3 (percentages and money 4), new dates and times 2, names and words no
    /// other source uses 1 each up to 3. Quoted words are someone's view, not a checkable fact: they weigh 2 less.
    /// </summary>
    public static int Of(SentenceWords part, IEnumerable<Fact> newValues)
    {
        var score = 1 + newValues.Sum(f => f.Value.Kind switch
        {
            ValueKind.Percent or ValueKind.Money => 4,
            ValueKind.Date or ValueKind.TimeOfDay => 2,
            _ => 3,
        });
        return score + Math.Min(3, NewNames(part)) + Math.Min(3, part.NovelCount(part.Own(part.Content))) - (IsQuoted(part) ? 2 : 0);
    }

    /// <summary>How many of the passage's names (capitalised words after its first) no other source uses.</summary>
    public static int NewNames(SentenceWords part) =>
        part.Tokens.Skip(1).Count(t => char.IsUpper(t.Text[0]) && !Stopwords.IsStopword(Folding.Fold(t.Text)) && !part.IsUsedElsewhere(Stemmer.Inflections.Stem(t.Text)));

    /// <summary>
    /// The order of listing, highest first: the weight, plus up to 2 for the share of the passage's words no other
    /// source uses at all (a passage most of whose words the others also use mostly retells what they say), less 2
    /// more for a quote (on the dev trust cases under one in ten quoted passages was a fact the key lists).
    /// <paramref name="novelShare"/> is <see cref="NovelShare"/> of the passage, which the caller has already read.
    /// </summary>
    public static double Rank(SentenceWords part, int salience, double novelShare) =>
        salience + (2 * novelShare) - (IsQuoted(part) ? 2 : 0);

    /// <summary>The share of the passage's content words no other source uses at all: how surely it is one source's.</summary>
    public static double NovelShare(SentenceWords part) =>
        part.Content.Count == 0 ? 0.0 : (double)part.NovelCount(part.Content) / part.Content.Count;

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”");

    private static bool IsQuoted(SentenceWords part) => part.Segment.Text.AsSpan().IndexOfAny(QuoteMarks) >= 0;
}
