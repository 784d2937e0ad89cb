using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class StoryPostingsTests
{
    private static readonly string[] Texts =
    [
        "Crews cleared the blocked road by noon. Residents returned to their homes along the road. The council thanked the crews.",
        "The council said the road was cleared before midday. Homes along the river stayed empty overnight.",
        "Firefighters pumped water from flooded cellars. The river bank will be inspected next week by council engineers.",
        "Residents along the river were told to stay away overnight. Council crews will inspect the bank next week. Most homes were dry.",
    ];

    private static List<SourceIndex> Story() =>
        [.. Texts.Select((text, i) => SourceIndex.Build(new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, text, text.Split(' ').Length, CleaningReport.Empty)))];

    // Every set of other sources (each source left out in turn, and pairs), every sentence and half-sentence as a claim,
    // several thresholds: the story-wide answer is the one asking each source gives.
    [Fact]
    public void Restates_agrees_with_asking_each_source()
    {
        var sources = Story();
        var weights = new StoryWordWeights(sources);
        var postings = new StoryPostings(sources);
        var claims = sources.SelectMany(s => s.Sentences).SelectMany(s => new[] { s.Content, s.Content.Take(s.Content.Count / 2).ToHashSet(StringComparer.Ordinal) }).ToList();
        var (agreed, restated) = (0, 0);
        foreach (var others in OtherSets(sources))
        {
            var among = postings.Among(others);
            foreach (var claim in claims)
            {
                foreach (var (share, held, holds) in new[] { (0.6, 0.4, 0.75), (0.3, 0.2, 0.5), (0.9, 0.8, 0.9), (0.0, 0.0, 0.0) })
                {
                    var expected = others.Any(o => o.Restates(claim, weights, share, held, holds, 4));
                    Assert.Equal(expected, postings.AnyRestates(claim, weights, among, share, held, holds, 4));
                    agreed++;
                    restated += expected ? 1 : 0;
                }
            }
        }

        // Both answers occur, so the comparison tests something.
        Assert.InRange(restated, 1, agreed - 1);
    }

    [Fact]
    public void Holds_links_agrees_with_asking_each_source()
    {
        var sources = Story();
        var postings = new StoryPostings(sources);
        var links = sources.SelectMany(s => s.Sentences).Select(s => ClauseLinks.Of(s.Tokens, opensSentence: true)).Where(l => l.Count > 0).ToList();
        var (agreed, held) = (0, 0);
        foreach (var others in OtherSets(sources))
        {
            var among = postings.Among(others);
            foreach (var clause in links)
            {
                for (var needed = 0; needed <= clause.Count + 1; needed++)
                {
                    var expected = others.Any(o => o.HoldsLinks(clause, needed));
                    Assert.Equal(expected, postings.AnyHoldsLinks(clause, needed, among));
                    agreed++;
                    held += expected ? 1 : 0;
                }
            }
        }

        Assert.InRange(held, 1, agreed - 1);
    }

    private static IEnumerable<List<SourceIndex>> OtherSets(List<SourceIndex> sources) =>
        sources.Select(left => sources.Where(s => s != left).ToList())
            .Concat(sources.SelectMany((a, i) => sources.Skip(i + 1).Select(b => new List<SourceIndex> { a, b })))
            .Append([]);
}
