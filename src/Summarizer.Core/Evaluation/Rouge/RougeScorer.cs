using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L (LCS over the whole text) as Google's rouge-score computes them
/// with stemming: lowercase, every character other than a-z and 0-9 a separator, the Porter
/// stemmer on tokens longer than three characters, n-gram overlap clipped by counts. With several
/// references the scores are averaged over them (the customary DUC setting).
/// </summary>
internal static class RougeScorer
{
    /// <summary>Tokens as ROUGE sees them, after cutting the text to its first <paramref name="maxWords"/> words.</summary>
    /// <param name="text">The summary.</param>
    /// <param name="maxWords">Whitespace-separated words kept before tokenizing; null keeps all.</param>
    public static IReadOnlyList<string> Tokenize(string text, int? maxWords = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxWords is { } limit)
        {
            text = WordCount.FirstWords(text, limit);
        }

        var words = Tokenizer.Rouge.Words(text);
        var tokens = new string[words.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = words[i].Length > 3 ? Stemmer.Porter.Stem(words[i]) : words[i];
        }

        return tokens;
    }

    /// <summary>Scores <paramref name="candidate"/> against each reference and averages.</summary>
    public static RougeScores Score(string candidate, IReadOnlyList<string> references, int? maxWords = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new ArgumentException("At least one reference summary is needed.", nameof(references));
        }

        var candidateTokens = Tokenize(candidate, maxWords);
        var perReference = new RougeScores[references.Count];
        for (var i = 0; i < references.Count; i++)
        {
            perReference[i] = Score(candidateTokens, Tokenize(references[i], maxWords));
        }

        return RougeScores.Mean(perReference);
    }

    /// <summary>Scores already tokenized texts against one reference.</summary>
    public static RougeScores Score(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        return new RougeScores(NGram(candidate, reference, 1), NGram(candidate, reference, 2), Lcs(candidate, reference));
    }

    private static RougeScore NGram(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var referenceCounts = Count(reference, n);
        var candidateCounts = Count(candidate, n);
        var overlap = 0;
        foreach (var (gram, count) in candidateCounts)
        {
            if (referenceCounts.TryGetValue(gram, out var inReference))
            {
                overlap += Math.Min(count, inReference);
            }
        }

        return RougeScore.From(overlap, Math.Max(0, candidate.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    /// <summary>How often each n-gram of <paramref name="tokens"/> occurs (n-grams joined by one space).</summary>
    public static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k]));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    private static RougeScore Lcs(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        var previous = new int[reference.Count + 1];
        var current = new int[reference.Count + 1];
        for (var i = 1; i <= candidate.Count; i++)
        {
            for (var j = 1; j <= reference.Count; j++)
            {
                current[j] = string.Equals(candidate[i - 1], reference[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return RougeScore.From(previous[reference.Count], candidate.Count, reference.Count);
    }
}
