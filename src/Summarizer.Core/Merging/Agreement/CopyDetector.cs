using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Finds near-identical articles (syndication, light rewrites). A later article that copies an earlier one maps
/// to the earliest original, so chains of copies all point at one source.
/// </summary>
internal static class CopyDetector
{
    public static IReadOnlyDictionary<int, int> Detect(IReadOnlyList<SourceIndex> sources, StoryAnalysisOptions options, CancellationToken cancellationToken)
    {
        var ordered = sources.OrderBy(s => s.Id).ToList();
        var shingles = ordered.Select(s => Shingles(s.Article.Text)).ToList();
        var copyOf = new SortedDictionary<int, int>();
        for (var j = 1; j < ordered.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < j; i++)
            {
                if (copyOf.ContainsKey(ordered[i].Id))
                {
                    continue; // compare with originals only
                }

                // The sentence share is the costlier measure: it is only needed when the shingles do not decide.
                if (Containment(shingles[i], shingles[j]) >= options.CopyShingleContainment
                    || SentenceShare(ordered[i], ordered[j]) >= options.CopySentenceShare)
                {
                    copyOf[ordered[j].Id] = ordered[i].Id;
                    break;
                }
            }
        }

        return copyOf;
    }

    internal static (double Containment, double SentenceShare) Similarity(HashSet<string> a, HashSet<string> b, SourceIndex sa, SourceIndex sb) =>
        (Containment(a, b), SentenceShare(sa, sb));

    private static double Containment(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    private static double SentenceShare(SourceIndex sa, SourceIndex sb)
    {
        var (small, large) = sa.Sentences.Count <= sb.Sentences.Count ? (sa, sb) : (sb, sa);
        var substantial = small.Sentences.Where(s => s.Content.Count >= 4).ToList();
        if (substantial.Count < 3)
        {
            return 0;
        }

        // Soft: the mean of each sentence's best match, so a rewrite that touches every sentence a little still
        // scores high while articles that merely cover the same event share only a few sentences.
        var shared = new int[large.Sentences.Count];
        return substantial.Average(s => BestJaccard(s.Content, large, shared));
    }

    // The best content-word Jaccard of one sentence with a sentence of the other source; the words shared with
    // each of its sentences are counted from its index of where each word occurs, not by comparing every pair.
    private static double BestJaccard(HashSet<string> words, SourceIndex other, int[] shared)
    {
        other.CountShared(words, shared);
        var best = 0.0;
        for (var o = 0; o < shared.Length; o++)
        {
            var union = words.Count + other.Sentences[o].Content.Count - shared[o];
            var jaccard = union == 0 ? 0 : (double)shared[o] / union;
            best = Math.Max(best, jaccard);
        }

        return best;
    }

    internal static HashSet<string> Shingles(string text)
    {
        var words = Folding.Flatten(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 5 <= words.Length; i++)
        {
            set.Add(string.Join(' ', words, i, 5));
        }

        return set;
    }
}
