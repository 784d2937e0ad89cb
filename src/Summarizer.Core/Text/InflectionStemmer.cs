namespace Summarizer.Text;

/// <summary>
/// A light stemmer for the trust layer: folds the token, drops a possessive, then strips one plural or verb
/// ending, so "Rescued", "rescues" and "rescuing" meet at "rescu" while "general" and "generous" stay apart.
/// </summary>
internal sealed class InflectionStemmer : Stemmer
{
    public override string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return OfFolded(Folding.Fold(word));
    }

    /// <summary>The stem of a word already folded (<see cref="Folding.Fold"/>): what <see cref="Stem"/> gives for the word.</summary>
    public static string OfFolded(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        // The stem is cut as a slice of the folded word, and a string is made only when it is shorter: every token of
        // every source is stemmed, several times over.
        var stem = StripSuffix(folded, out var pluralY);
        if (pluralY)
        {
            return string.Concat(stem, "y");
        }

        // A final "e" goes so that "rescue", "rescued" and "rescues" meet at "rescu".
        if (stem.Length > 4 && stem.EndsWith('e'))
        {
            stem = stem[..^1];
        }

        return stem.Length == folded.Length ? folded : new string(stem);
    }

    // The word less one plural or verb ending; pluralY when "ies" went and the stem ends in the "y" it stood for.
    private static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> w, out bool pluralY)
    {
        pluralY = false;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        w = w.TrimEnd("'.");
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            pluralY = true;
            return w[..^3];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w[..^3];
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && w[^3] is 's' or 'x' or 'h')
        {
            return w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }
}
