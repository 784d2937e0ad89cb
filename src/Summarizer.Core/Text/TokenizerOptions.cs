namespace Summarizer.Text;

/// <summary>Where a <see cref="Tokenizer"/> draws word boundaries.</summary>
internal enum TokenizerMode
{
    /// <summary>Maximal runs of letters and digits; anything else separates ("U.S." gives "U", "S"; "3.5" gives "3", "5").</summary>
    LettersAndDigits,

    /// <summary>Runs of a-z, A-Z and 0-9 only, as ROUGE tokenizes: an accented letter separates ("café" gives "caf").</summary>
    Ascii,

    /// <summary>
    /// Figures, decimals, thousands separators and dotted acronyms stay whole ("3.5", "30,000", "U.S."), and so do
    /// words joined by an inner apostrophe or hyphen ("don't", "Sen's", "post-war"): a fact must be read as written.
    /// </summary>
    Compound,
}

/// <summary>How a <see cref="Tokenizer"/> reads text.</summary>
internal sealed record TokenizerOptions
{
    /// <summary>Word boundaries. Default <see cref="TokenizerMode.LettersAndDigits"/>.</summary>
    public TokenizerMode Mode { get; init; } = TokenizerMode.LettersAndDigits;

    /// <summary>Lowercase (culture-invariant) each token's text; offsets still point into the original. Default false.</summary>
    public bool Lowercase { get; init; }
}
