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
        var substantial = ordered.Select(Substantial).ToList();
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
                    || SentenceShare((ordered[i], substantial[i]), (ordered[j], substantial[j]), options.CopySentenceShare) >= options.CopySentenceShare)
                {
                    copyOf[ordered[j].Id] = ordered[i].Id;
                    break;
                }
            }
        }

        return copyOf;
    }

    internal static (double Containment, double SentenceShare) Similarity(HashSet<ulong> a, HashSet<ulong> b, SourceIndex sa, SourceIndex sb) =>
        (Containment(a, b), SentenceShare((sa, Substantial(sa)), (sb, Substantial(sb)), needed: 0));

    private static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        // The windows both hold, looked up from the smaller set: every pair of sources is compared, so no delegate per window.
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var window in small)
        {
            if (large.Contains(window))
            {
                shared++;
            }
        }

        return (double)shared / small.Count;
    }

    // The sentences the share weighs (four content words or more), picked once per source rather than per pair.
    private static List<IndexedSentence> Substantial(SourceIndex source) => source.Sentences.FindAll(s => s.Content.Count >= 4);

    // The share, exact when it can reach <paramref name="needed"/>; 0 when it cannot. Each source comes with its
    // substantial sentences.
    private static double SentenceShare((SourceIndex Index, List<IndexedSentence> Substantial) a, (SourceIndex Index, List<IndexedSentence> Substantial) b, double needed)
    {
        var (small, large) = a.Index.Sentences.Count <= b.Index.Sentences.Count ? (a, b.Index) : (b, a.Index);
        var substantial = small.Substantial;
        if (substantial.Count < 3)
        {
            return 0;
        }

        // A sentence's Jaccard with any sentence of the other source is at most the share of its words that source
        // uses at all: when even the mean of that bound falls short, most pairs of sources are settled by it.
        if (substantial.Average(s => (double)MentionedIn(s.Content, large) / s.Content.Count) < needed)
        {
            return 0;
        }

        // Soft: the mean of each sentence's best match, so a rewrite that touches every sentence a little still
        // scores high while articles that merely cover the same event share only a few sentences.
        var shared = new int[large.Sentences.Count];
        return substantial.Average(s => BestJaccard(s.Content, large, shared));
    }

    // How many of the words some sentence of the source holds (a loop: asked of every sentence of every pair of sources).
    private static int MentionedIn(HashSet<string> words, SourceIndex source)
    {
        var count = 0;
        foreach (var word in words)
        {
            if (source.Mentions(word))
            {
                count++;
            }
        }

        return count;
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

    // Each window of five words as a 64-bit hash of its words' hashes: the containment of comparing the windows' text
    // (a collision among a few thousand windows is vanishingly unlikely) without a string per window.
    internal static HashSet<ulong> Shingles(string text)
    {
        var words = Folding.Flatten(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hashes = Array.ConvertAll(words, Fnv1a);
        var set = new HashSet<ulong>();
        for (var i = 0; i + 5 <= hashes.Length; i++)
        {
            var h = 0UL;
            for (var k = i; k < i + 5; k++)
            {
                h = unchecked((h * 1099511628211UL) ^ hashes[k]);
            }

            set.Add(h);
        }

        return set;
    }

    private static ulong Fnv1a(string word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = unchecked((h ^ c) * 1099511628211UL);
        }

        return h;
    }
}
