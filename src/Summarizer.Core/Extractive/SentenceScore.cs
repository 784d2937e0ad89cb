using System.Text.RegularExpressions;

namespace Summarizer.Extractive;

/// <summary>
/// A linear model of how much of the human summaries one sentence says (its ROUGE-1 plus ROUGE-2 recall, alone, against
/// the references), over general features of the sentence in its cluster (<see cref="SentenceFeatures"/>). Fitted on the
/// odd DUC 2004 dev clusters by <c>summarizer eval summaries DATASET --fit-sentence-scores</c> (ridge regression on
/// standardized features, folded back to raw ones); selection adds the predicted value to a sentence's concept gain.
/// Weights are per unit of each raw feature.
/// </summary>
internal sealed record SentenceScoreWeights
{
    public double Intercept { get; init; }

    /// <summary>1 / (1 + position in the article).</summary>
    public double Lead { get; init; }

    /// <summary>1 for an article's first sentence.</summary>
    public double First { get; init; }

    /// <summary>Position / sentences in the article (0 at the top, near 1 at the bottom).</summary>
    public double Depth { get; init; }

    /// <summary>Words / 30.</summary>
    public double Length { get; init; }

    /// <summary>Concept weight of the sentence's bigrams per word, over the article count.</summary>
    public double ConceptDensity { get; init; }

    /// <summary>Mean share of articles that use each of its content words.</summary>
    public double WordSpread { get; init; }

    /// <summary>Mean share of articles that use each of its bigrams.</summary>
    public double BigramSpread { get; init; }

    /// <summary>TF-IDF cosine to the cluster's centroid.</summary>
    public double Centrality { get; init; }

    /// <summary>Share of its words that are figures.</summary>
    public double Figures { get; init; }

    /// <summary>Share of its words, after the first, that are capitalised (names).</summary>
    public double Names { get; init; }

    /// <summary>1 when it holds a quotation mark.</summary>
    public double Quote { get; init; }

    /// <summary>1 when it names its source with a reporting verb ("said", "according to").</summary>
    public double Attribution { get; init; }

    /// <summary>The weights in <see cref="SentenceFeatures"/> order.</summary>
    public double[] Vector() =>
        [Lead, First, Depth, Length, ConceptDensity, WordSpread, BigramSpread, Centrality, Figures, Names, Quote, Attribution];

    public static SentenceScoreWeights FromVector(double intercept, IReadOnlyList<double> w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Count != SentenceFeatures.Count)
        {
            throw new ArgumentException($"Expected {SentenceFeatures.Count} weights, got {w.Count}.", nameof(w));
        }

        return new SentenceScoreWeights
        {
            Intercept = intercept,
            Lead = w[0],
            First = w[1],
            Depth = w[2],
            Length = w[3],
            ConceptDensity = w[4],
            WordSpread = w[5],
            BigramSpread = w[6],
            Centrality = w[7],
            Figures = w[8],
            Names = w[9],
            Quote = w[10],
            Attribution = w[11],
        };
    }

    /// <summary>The predicted recall of a sentence with these features.</summary>
    public double Score(ReadOnlySpan<double> features)
    {
        var w = Vector();
        var score = Intercept;
        for (var k = 0; k < w.Length; k++)
        {
            score += w[k] * features[k];
        }

        return score;
    }
}

/// <summary>The features <see cref="SentenceScoreWeights"/> reads, per sentence of a table; all from the articles alone.</summary>
internal static partial class SentenceFeatures
{
    public const int Count = 12;

    public static readonly string[] Names =
        ["lead", "first", "depth", "length", "concept density", "word spread", "bigram spread", "centrality", "figures", "names", "quote", "attribution"];

    /// <param name="table">The cluster's sentences.</param>
    /// <param name="concepts">Concept weights (<see cref="ConceptWeights.ForCluster"/>).</param>
    public static double[][] For(SentenceTable table, double[] concepts)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(concepts);
        var n = Math.Max(1, table.Articles.Count);
        var centroid = Centroid(table);
        var rows = new double[table.Sentences.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            var s = table.Sentences[i];
            var words = Math.Max(1, s.Words);
            var conceptSum = s.Bigrams.Sum(id => concepts[id]);
            var (figures, names) = Shape(s.Text);
            rows[i] =
            [
                1.0 / (1 + s.Position),
                s.Position == 0 ? 1 : 0,
                (double)s.Position / Math.Max(1, table.SentenceCountOf(s.Article)),
                s.Words / 30.0,
                conceptSum / words / n,
                s.Terms.Length == 0 ? 0 : s.Terms.Average(id => table.TermDocumentFrequency[id]) / n,
                s.Bigrams.Length == 0 ? 0 : s.Bigrams.Average(id => table.BigramDocumentFrequency[id]) / n,
                Cosine(s, centroid),
                (double)figures / words,
                (double)names / words,
                s.Text.AsSpan().IndexOfAny("\"“”") >= 0 || s.Text.Contains("``", StringComparison.Ordinal) ? 1 : 0,
                Reporting().IsMatch(s.Text) ? 1 : 0,
            ];
        }

        return rows;
    }

    // Mean of the sentences' unit TF-IDF vectors, as a dense unit vector over term ids.
    private static double[] Centroid(SentenceTable table)
    {
        var centroid = new double[table.TermCount];
        foreach (var s in table.Sentences)
        {
            for (var k = 0; k < s.Terms.Length; k++)
            {
                centroid[s.Terms[k]] += s.Weights[k];
            }
        }

        var norm = Math.Sqrt(centroid.Sum(v => v * v));
        for (var t = 0; t < centroid.Length && norm > 0; t++)
        {
            centroid[t] /= norm;
        }

        return centroid;
    }

    private static double Cosine(SentenceInfo s, double[] centroid)
    {
        double sum = 0;
        for (var k = 0; k < s.Terms.Length; k++)
        {
            sum += s.Weights[k] * centroid[s.Terms[k]];
        }

        return sum;
    }

    // Figures (a word holding a digit) and capitalised words after the first.
    private static (int Figures, int Names) Shape(string text)
    {
        int figures = 0, names = 0;
        var first = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimStart('"', '\'', '(', '“', '`');
            if (w.Length == 0)
            {
                continue;
            }

            if (w.Any(char.IsDigit))
            {
                figures++;
            }
            else if (!first && char.IsUpper(w[0]))
            {
                names++;
            }

            first = false;
        }

        return (figures, names);
    }

    // How news names who says a thing; a general reporting lexicon.
    [GeneratedRegex(@"\b(?:said|says|say|told|according\s+to|announced|reported|stated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();
}
