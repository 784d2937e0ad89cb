using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Extraction;

/// <summary>Precision and recall of one extracted text against the truth, by the benchmark's method.</summary>
/// <param name="Precision">Shared shingles over extracted shingles; null when nothing was extracted.</param>
/// <param name="Recall">Shared shingles over truth shingles (0 when nothing was extracted).</param>
/// <param name="Exact">The whole token sequences are equal.</param>
internal sealed record ShingleScore(double? Precision, double Recall, bool Exact);

/// <summary>
/// The article-extraction-benchmark scoring: tokens are <c>\w+</c> runs, each text is the multiset
/// of its 4-token shingles (1-3 tokens make one short shingle), TP/FP/FN over those multisets.
/// </summary>
internal static partial class ExtractionScorer
{
    /// <summary>Shingle length used by the benchmark.</summary>
    public const int ShingleSize = 4;

    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordPattern().Matches(text).Select(m => m.Value).ToList();
    }

    /// <summary>The multiset of shingles, as shingle to count.</summary>
    public static IReadOnlyDictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var length = Math.Min(ShingleSize, tokens.Count - i);
            var key = string.Join('\u0001', tokens.Skip(i).Take(length));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    public static ShingleScore Score(string extracted, string truth)
    {
        var extractedTokens = Tokens(extracted);
        var truthTokens = Tokens(truth);
        var exact = extractedTokens.SequenceEqual(truthTokens, StringComparer.Ordinal);
        var got = Shingles(extractedTokens);
        var want = Shingles(truthTokens);
        var truePositives = 0;
        foreach (var (shingle, count) in got)
        {
            truePositives += Math.Min(count, want.GetValueOrDefault(shingle));
        }

        var gotTotal = got.Values.Sum();
        var wantTotal = want.Values.Sum();
        double? precision = gotTotal == 0 ? null : (double)truePositives / gotTotal;

        // An empty truth has nothing to miss.
        var recall = wantTotal == 0 ? 1.0 : (double)truePositives / wantTotal;
        return new ShingleScore(precision, recall, exact);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
