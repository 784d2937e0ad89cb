namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>What a normalised token stands for.</summary>
internal enum TrustTokenKind
{
    Word,

    /// <summary>A figure: digits, number words and scale words resolved ("3,000", "three thousand" -> 3000).</summary>
    Number,

    /// <summary>A time of day, 24-hour "hh:mm" ("2.30pm", "14:30").</summary>
    Time,

    /// <summary>A day of a month, "dMM-DD" ("3 July", "July 3rd", "2026-07-03").</summary>
    Date,

    /// <summary>A currency code ("usd", "eur", "gbp") placed before the amount it belongs to.</summary>
    Currency,

    /// <summary>"%" after a number ("%", "percent", "per cent").</summary>
    Percent,
}

/// <summary>
/// One token of the evaluation's own normal form. <paramref name="Alt"/> is the figure as written before a
/// scale word multiplied it ("25" in "€25m" = 25000000), so a key term "25" still finds it. <paramref name="AfterBreak"/>:
/// punctuation other than a hyphen stands between this word and the one before ("lost three. Twenty-seven of his
/// cattle"), so number words on either side are two figures, not one.
/// </summary>
internal readonly record struct TrustToken(string Text, TrustTokenKind Kind, string? Alt = null, bool AfterBreak = false)
{
    /// <summary>Figures, times and dates: what a cited source must hold for a claim's numbers to pass.</summary>
    public bool IsFigure => Kind is TrustTokenKind.Number or TrustTokenKind.Time or TrustTokenKind.Date;

    /// <summary>True when this token (from a key or claim) is found as <paramref name="other"/> (from the text searched).</summary>
    /// <remarks>A word is found as its singular or plural too: "a five-year deal" states "5 years".</remarks>
    public bool FoundAs(TrustToken other) =>
        string.Equals(Text, other.Text, StringComparison.Ordinal)
        || (Kind == TrustTokenKind.Number && other.Alt is not null && string.Equals(Text, other.Alt, StringComparison.Ordinal))
        || (Kind == TrustTokenKind.Word && other.Kind == TrustTokenKind.Word && string.Equals(Singular(Text), Singular(other.Text), StringComparison.Ordinal));

    private static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;

    public override string ToString() => Text;
}
