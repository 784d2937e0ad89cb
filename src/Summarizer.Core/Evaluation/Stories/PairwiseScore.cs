using System.Globalization;

namespace Summarizer.Evaluation.Stories;

/// <summary>
/// Pairwise clustering quality: of the item pairs put together, how many belong together (precision), and of the
/// pairs that belong together, how many were put together (recall).
/// </summary>
internal readonly record struct PairwiseScore(long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Counted from the contingency table of group x truth (n choose 2 per cell), so a 20,000-item day costs
    /// O(n), not its 200 million pairs.
    /// </summary>
    /// <exception cref="ArgumentException">An item is in no group, in two groups, or has no truth.</exception>
    public static PairwiseScore Of<TItem>(IReadOnlyDictionary<TItem, string> truth, IEnumerable<IEnumerable<TItem>> groups)
        where TItem : notnull
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(groups);
        var seen = new HashSet<TItem>();
        long predicted = 0, correct = 0;
        foreach (var group in groups)
        {
            var size = 0;
            var byTruth = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in group)
            {
                if (!truth.TryGetValue(item, out var label))
                {
                    throw new ArgumentException($"Item {item} has no truth.", nameof(groups));
                }

                if (!seen.Add(item))
                {
                    throw new ArgumentException($"Item {item} is in two groups.", nameof(groups));
                }

                size++;
                byTruth[label] = byTruth.GetValueOrDefault(label) + 1;
            }

            predicted += Pairs(size);
            correct += byTruth.Values.Sum(Pairs);
        }

        if (seen.Count != truth.Count)
        {
            throw new ArgumentException($"{truth.Count - seen.Count} item(s) are in no group.", nameof(groups));
        }

        var truePairs = truth.Values.GroupBy(v => v, StringComparer.Ordinal).Sum(g => Pairs(g.Count()));
        return new PairwiseScore(truePairs, predicted, correct);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"pairwise P {Precision:F3} R {Recall:F3} F1 {F1:F3} (true pairs {TruePairs}, predicted {PredictedPairs}, correct {CorrectPairs})");

    private static long Pairs(int size) => (long)size * (size - 1) / 2;
}
