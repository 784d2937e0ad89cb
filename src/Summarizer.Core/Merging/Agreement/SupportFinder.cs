using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;


/// <summary>
/// Which sources may be cited for a claim as written (<see cref="Credit"/>): a passage (a sentence, or two adjacent
/// ones) with most of its content words and everything <see cref="ClaimEvidence"/> asks of it (figures with their
/// units, dates, quotes, and for reported speech who said it).
/// </summary>
internal static class SupportFinder
{
    private static readonly GroundingCheckerOptions TokenOptions = new();

    /// <param name="ordinary">The story's ordinary words (<see cref="SourceIndex.OrdinaryWords"/>): no name where they open the claim.</param>
    public static List<SourceSpan> Credit(string claim, IReadOnlyList<SourceIndex> sources, double threshold, IReadOnlySet<string> ordinary)
    {
        var evidence = ClaimEvidence.Of(claim);
        var spans = new List<SourceSpan>();
        if (evidence.Content.Count == 0)
        {
            return spans;
        }

        foreach (var source in sources.OrderBy(s => s.Id))
        {
            var (score, index, count) = BestWindow(source, evidence, threshold);
            if (index < 0 || score + 0.05 < threshold)
            {
                continue;
            }

            // The grounding check's own token test (figures, dates, names, quotes), so a source credited
            // here is never then reported as not containing the claim. The costlier test, so it comes second.
            if (TokenChecks.Find(claim, [source], TokenOptions, ordinary).Count == 0)
            {
                var segment = source.Segment(index, count);
                spans.Add(new SourceSpan(source.Id, segment.Start, segment.End));
            }
        }

        return spans;
    }

    // The passage with the best content-word containment among those holding the claim's evidence.
    // The same act told with another thing in one of its phrases ("put up warning signs" for "put up fencing") is another
    // act, however many of the frame's words it shares: where the source tells it so, a passage must write the claim's thing.
    private static (double Score, int Index, int Count) BestWindow(SourceIndex source, ClaimEvidence evidence, double threshold)
    {
        var swapped = evidence.SwappedBy(source);
        return source.BestMatch(evidence.Content, window => evidence.HeldBy(window, threshold, TokenOptions.MinVariantNameLength, source.Stems)
            && swapped.All(head => window.Any(s => s.Content.Contains(head))));
    }
}
