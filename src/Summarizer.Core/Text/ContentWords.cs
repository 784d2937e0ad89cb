namespace Summarizer.Text;

/// <summary>What a sentence is about, as a set to compare with another's: its words that carry meaning.</summary>
internal static class ContentWords
{
    /// <summary>
    /// Inflection stems of the words of <paramref name="text"/>, without stopwords, figures or single letters.
    /// The light stemmer, because these sets decide which sources report a claim.
    /// </summary>
    public static HashSet<string> Of(string text) => Of(Tokenizer.Facts.Tokenize(text));

    /// <summary>As <see cref="Of(string)"/>, from the text's <see cref="Tokenizer.Facts"/> tokens already cut.</summary>
    public static HashSet<string> Of(IReadOnlyList<Token> tokens)
    {
        var set = new HashSet<string>(tokens.Count, StringComparer.Ordinal); // sized once: at most one stem a token
        foreach (var t in tokens)
        {
            var folded = Folding.Fold(t.Text);
            if (IsContent(folded))
            {
                set.Add(InflectionStemmer.OfFolded(folded));
            }
        }

        return set;
    }

    /// <summary>
    /// As <see cref="Of(IReadOnlyList{Token})"/> for tokens [<paramref name="first"/>, <paramref name="end"/>) already
    /// folded and stemmed (<paramref name="folded"/>, <paramref name="stems"/>, one per token).
    /// </summary>
    public static HashSet<string> Of(IReadOnlyList<string> folded, IReadOnlyList<string> stems, int first, int end)
    {
        var set = new HashSet<string>(end - first, StringComparer.Ordinal);
        for (var k = first; k < end; k++)
        {
            if (IsContent(folded[k]))
            {
                set.Add(stems[k]);
            }
        }

        return set;
    }

    /// <summary>True when a token, <paramref name="folded"/> (<see cref="Folding.Fold"/>), is a content word: no stopword, figure or single letter.</summary>
    public static bool IsContent(string folded) => folded.Length >= 2 && !Stopwords.IsStopword(folded) && !char.IsDigit(folded[0]);

    /// <summary>The share of <paramref name="words"/> found in <paramref name="other"/>; 0 for an empty set.</summary>
    public static double Overlap(IReadOnlySet<string> words, IReadOnlySet<string> other) =>
        words.Count == 0 ? 0 : (double)words.Count(other.Contains) / words.Count;
}
