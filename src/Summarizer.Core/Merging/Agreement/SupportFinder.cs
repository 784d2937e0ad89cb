using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;


/// <summary>
/// Which sources report a claim. <see cref="Find"/> asks whether a source states the claim's content (a sentence,
/// or two adjacent ones, with most of its content words and all its figures): what "reported by one source"
/// needs. <see cref="Credit"/> asks whether a source may be cited for the claim as written, which also needs
/// everything <see cref="ClaimEvidence"/> asks of that passage (figures with their units, dates, quotes, and for
/// reported speech who said it).
/// </summary>
internal static class SupportFinder
{
    private static readonly GroundingCheckerOptions TokenOptions = new();

    public static List<SourceSpan> Find(string claim, IReadOnlyList<SourceIndex> sources, double threshold)
    {
        var content = ContentWords.Of(claim);
        var (numbers, dates) = Facts.Extract(claim);
        return Search(claim, content, sources, threshold, source => source.BestMatch(content, window => HoldsFigures(window, numbers, dates)));
    }

    public static List<SourceSpan> Credit(string claim, IReadOnlyList<SourceIndex> sources, double threshold)
    {
        var evidence = ClaimEvidence.Of(claim);
        return Search(claim, evidence.Content, sources, threshold, source => BestWindow(source, evidence, threshold));
    }

    private static List<SourceSpan> Search(
        string claim, HashSet<string> content, IReadOnlyList<SourceIndex> sources, double threshold,
        Func<SourceIndex, (double Score, int Index, int Count)> match)
    {
        var spans = new List<SourceSpan>();
        if (content.Count == 0)
        {
            return spans;
        }

        foreach (var source in sources.OrderBy(s => s.Id))
        {
            var (score, index, count) = match(source);
            if (index < 0 || score + 0.05 < threshold)
            {
                continue;
            }

            // The grounding check's own token test (figures, dates, names, quotes), so a source credited
            // here is never then reported as not containing the claim. The costlier test, so it comes second.
            if (TokenChecks.Find(claim, [source], TokenOptions).Count == 0)
            {
                var segment = source.Segment(index, count);
                spans.Add(new SourceSpan(source.Id, segment.Start, segment.End));
            }
        }

        return spans;
    }

    // The passage with the best content-word containment among those holding the claim's evidence.
    private static (double Score, int Index, int Count) BestWindow(SourceIndex source, ClaimEvidence evidence, double threshold) =>
        source.BestMatch(evidence.Content, window => evidence.HeldBy(window, threshold, TokenOptions.MinVariantNameLength));

    private static bool HoldsFigures(IReadOnlyList<IndexedSentence> window, List<NumberFact> numbers, List<DateFact> dates)
    {
        var have = window.SelectMany(s => s.Numbers);
        var haveDates = window.SelectMany(s => s.Dates);
        return numbers.All(n => have.Any(h => TokenChecks.Matches(n, h)))
            && dates.All(d => haveDates.Any(d.IsStatedBy));
    }
}
