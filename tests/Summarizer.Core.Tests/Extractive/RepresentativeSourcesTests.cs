using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

public class RepresentativeSourcesTests
{
    private const string Closure = "Engineers closed the Harlow bridge on Monday after inspectors found cracks in two of its support piers.";

    // Four outlets tell the closure alike; the fifth carries the same opening and then its own, unrelated detail.
    private static IReadOnlyList<CleanedArticle> Bridge() =>
    [
        Stories.Article(1, Closure + " Commuters faced long detours around the river on Tuesday morning. The council said repairs could take several months."),
        Stories.Article(2, Closure + " The council said repairs could take several months, and commuters faced detours. Buses will run a shuttle across the river."),
        Stories.Article(3, Closure + " Buses will run a shuttle across the river while the council plans repairs. Commuters faced detours on Tuesday."),
        Stories.Article(4, Closure + " Commuters faced detours and the council said repairs could take months. A shuttle bus will cross the river."),
        Stories.Article(5, Closure + " Orchard growers in the valley expect a record apple harvest after an unusually warm spring with steady rainfall. Cider makers are hiring seasonal pickers from neighbouring farms."),
    ];

    private static MergedSummary Merge(IReadOnlyList<CleanedArticle> articles, int maxRankedSources) =>
        ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 200, MergedKeyPoints = 20 }, ExtractiveTuning.Default with { MaxRankedSources = maxRankedSources })
            .MergeAsync(articles, [], CancellationToken.None).GetAwaiter().GetResult();

    private static IEnumerable<Claim> Claims(MergedSummary merged) => merged.SummaryClaims.Concat(merged.KeyPoints).Concat(merged.SpareKeyPoints);

    [Fact]
    public void All_articles_take_part_up_to_the_cap()
    {
        var table = new SentenceTable(Bridge(), ExtractiveTuning.Default.MaxSentenceWords);
        Assert.Null(RepresentativeSources.Pick(table, 5, CancellationToken.None));
    }

    [Fact]
    public void Above_the_cap_the_articles_closest_to_the_story_take_part()
    {
        var table = new SentenceTable(Bridge(), ExtractiveTuning.Default.MaxSentenceWords);
        Assert.Equal([true, true, true, true, false], RepresentativeSources.Pick(table, 4, CancellationToken.None)!);
    }

    [Fact]
    public void A_capped_merge_offers_no_sentence_of_an_article_left_out_but_still_cites_it()
    {
        const string Harvest = "Orchard growers";
        var all = Merge(Bridge(), 5);
        Assert.Contains(Claims(all), c => c.Text.StartsWith(Harvest, StringComparison.Ordinal));

        var capped = Merge(Bridge(), 4);
        Assert.DoesNotContain(Claims(capped), c => c.Text.StartsWith(Harvest, StringComparison.Ordinal));
        var closure = Assert.Single(Claims(capped), c => c.Text == Closure);
        Assert.Equal([1, 2, 3, 4, 5], closure.Sources);
        Assert.Equal([1, 2, 3, 4, 5], closure.Spans!.Select(s => s.SourceId));
    }

    [Fact]
    public void A_story_within_the_cap_merges_exactly_as_before()
    {
        var articles = Stories.Flood();
        var before = Merge(articles, int.MaxValue);
        var capped = Merge(articles, articles.Count);
        Assert.Equal(before.Headline, capped.Headline);
        Assert.Equal(before.Summary, capped.Summary);
        Assert.Equal(Claims(before).Select(Describe), Claims(capped).Select(Describe));
    }

    private static string Describe(Claim claim) =>
        claim.Text + " " + string.Join(',', claim.Spans!.Select(s => $"{s.SourceId}:{s.Start}-{s.End}"));
}
