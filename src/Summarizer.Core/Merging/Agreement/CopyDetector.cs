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

                var (containment, sentenceShare) = Similarity(shingles[i], shingles[j], ordered[i], ordered[j]);
                if (containment >= options.CopyShingleContainment || sentenceShare >= options.CopySentenceShare)
                {
                    copyOf[ordered[j].Id] = ordered[i].Id;
                    break;
                }
            }
        }

        return copyOf;
    }

    internal static (double Containment, double SentenceShare) Similarity(HashSet<string> a, HashSet<string> b, SourceIndex sa, SourceIndex sb)
    {
        var containment = a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
        var (small, large) = sa.Sentences.Count <= sb.Sentences.Count ? (sa, sb) : (sb, sa);
        var substantial = small.Sentences.Where(s => s.Content.Count >= 4).ToList();
        if (substantial.Count < 3)
        {
            return (containment, 0);
        }

        // Soft: the mean of each sentence's best match, so a rewrite that touches every sentence a little still
        // scores high while articles that merely cover the same event share only a few sentences.
        var mean = substantial.Average(s => large.Sentences.Max(o => Jaccard(s.Content, o.Content)));
        return (containment, mean);
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

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var inter = a.Count(b.Contains);
        var union = a.Count + b.Count - inter;
        return union == 0 ? 0 : (double)inter / union;
    }
}
