using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;


/// <summary>Which sources report a claim: a sentence (or two) holding most of its content words and all its figures.</summary>
internal static class SupportFinder
{
    private static readonly GroundingCheckerOptions TokenOptions = new();

    public static List<SourceSpan> Find(string claim, IReadOnlyList<SourceIndex> sources, double threshold)
    {
        var content = ContentWords.Of(claim);
        var (numbers, dates) = Facts.Extract(claim);
        var spans = new List<SourceSpan>();
        if (content.Count == 0)
        {
            return spans;
        }

        foreach (var source in sources.OrderBy(s => s.Id))
        {
            // The grounding check's own token test (figures, dates, names, quotes), so a source credited
            // here is never then reported as not containing the claim.
            if (TokenChecks.Find(claim, [source], TokenOptions).Count > 0)
            {
                continue;
            }

            var (score, index, count) = source.BestMatch(content, window => HoldsFigures(window, numbers, dates));
            if (index >= 0 && score + 0.05 >= threshold)
            {
                var segment = source.Segment(index, count);
                spans.Add(new SourceSpan(source.Id, segment.Start, segment.End));
            }
        }

        return spans;
    }

    private static bool HoldsFigures(IReadOnlyList<IndexedSentence> window, List<NumberFact> numbers, List<DateFact> dates)
    {
        var have = window.SelectMany(s => s.Numbers);
        var haveDates = window.SelectMany(s => s.Dates);
        return numbers.All(n => have.Any(h => TokenChecks.Matches(n, h)))
            && dates.All(d => haveDates.Any(d.IsStatedBy));
    }
}
