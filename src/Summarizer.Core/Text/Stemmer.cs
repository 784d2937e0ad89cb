namespace Summarizer.Text;

/// <summary>
/// The stemmers, one family of two strengths. <see cref="Porter"/> merges derivations as well as inflections
/// ("general" and "generous" both become "gener"): right for ROUGE, which is defined with it, and for similarity.
/// <see cref="Inflections"/> merges only forms of one word ("rescue", "rescued", "rescues"), because where a
/// shared stem lends a claim support (the trust layer) a merge of different words is a false citation.
/// </summary>
internal abstract class Stemmer
{
    /// <summary>Porter (1980); expects a lowercase word.</summary>
    public static Stemmer Porter { get; } = new PorterStemmer();

    /// <summary>Plural, possessive and verb endings only; takes a token as written (it folds case and accents itself).</summary>
    public static Stemmer Inflections { get; } = new InflectionStemmer();

    public abstract string Stem(string word);
}
