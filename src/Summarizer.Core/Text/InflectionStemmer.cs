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
        var stem = StripSuffix(Folding.Fold(word));

        // A final "e" goes so that "rescue", "rescued" and "rescues" meet at "rescu".
        return stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static string StripSuffix(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        w = w.TrimEnd('\'', '.');
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
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
