using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings the checker needs for replies written as a capable model writes them: general news paraphrase (rang /
/// phoned, thieves / theft, shot up / rose), a month held by a date in it, times relative to the report ("next
/// week") and frequencies ("twice a week"), a pronoun speaker named in the sentence before, a fact appended to
/// reported speech, a named party that must be in the passage (or the sentence before it), and merged sentences and
/// ranges whose pieces different sources give. Every sentence is invented.
/// </summary>
public class MergedReplyRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("She phoned the governor on Friday night.", "She rang the governor.")]
    [InlineData("Police are investigating the theft of the crown.", "Thieves took the crown.")]
    [InlineData("Prices shot up in the spring.", "Prices rose.")]
    [InlineData("The firm plans to expand.", "It intends to expand.")]
    [InlineData("None of the paintings has been recovered.", "None of the paintings has been retrieved.")]
    [InlineData("The new rules take effect on 1 April.", "The new rules take effect in April.")]
    [InlineData("Talks with the Greens are expected to begin this week.", "Talks with the Greens should begin this week.")]
    [InlineData("A mobile van will visit each village once a week.", "A mobile van will call at each village once a week.")]
    [InlineData("Ilse Brandt will take office in May. \"We won,\" she told the radio. \"I am grateful for the trust people have shown me.\"", "Brandt said she was \"grateful\" for the trust people had shown her.")]
    [InlineData("Commissioner Lea Holm announced the result at noon. The winning margin was 812 votes.", "Commissioner Lea Holm announced the result at noon, with a winning margin of 812 votes.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The new rules take effect on 1 April.", "The new rules take effect in May.", "May")]
    [InlineData("Talks with the Greens are expected to begin this week.", "Talks with the Greens should begin next week.", "next week")]
    [InlineData("A mobile van will visit each village once a week.", "A mobile van will visit each village twice a week.", "twice")]
    [InlineData("Ilse Brandt spoke first. \"We won,\" Tom Ek told the radio. \"I am grateful for the trust people have shown me.\"", "Brandt said she was \"grateful\" for the trust people had shown her.", "[1]")]
    [InlineData("Commissioner Lea Holm announced the result at noon. The winning margin was 812 votes.", "Commissioner Lea Holm announced the result at noon, with a winning margin of 912 votes.", "912")]
    [InlineData("The Civic Union ran the city for a decade. Mayor Tom Ek lost the vote on Sunday. The Green Front took 21 of the 45 seats.", "The Civic Union took 21 of the 45 seats.", "[1]")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim, string token) =>
        Assert.Equal([token], Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Her margin was put at between 4,812 and about 6,000 votes [1][2].")]
    [InlineData("Her margin was put at 4,812-6,000 votes [1][2].")]
    public void A_range_whose_ends_two_cited_sources_give_keeps_both(string prose)
    {
        var filter = new CitationFilter(Checker, Margins(), CancellationToken.None);

        Assert.Equal([1, 2], Assert.Single(filter.FilterProse(prose, recite: false)).Sources);
        Assert.Empty(filter.Findings);
    }

    [Fact]
    public void A_range_with_an_end_no_cited_source_gives_is_dropped()
    {
        var filter = new CitationFilter(Checker, Margins(), CancellationToken.None);

        Assert.Empty(filter.FilterProse("Her margin was put at between 4,812 and about 7,000 votes [1][2].", recite: false));
        Assert.NotEmpty(filter.Findings);
    }

    [Fact]
    public void Unmarked_prose_giving_a_range_cites_the_sources_of_its_ends()
    {
        var sources = new[]
        {
            Article(1, "Engineers put the repair bill for the bridge at €95 million."),
            Article(2, "The insurers estimate the repair bill for the bridge at €120 million."),
            Article(3, "The bridge will stay closed all winter."),
        };
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        Assert.Equal([1, 2], Assert.Single(filter.FilterProse("Estimates of the repair bill for the bridge range from €95 million to €120 million.", recite: false)).Sources);
        Assert.Empty(filter.FilterProse("Estimates of the repair bill for the bridge range from €95 million to €150 million.", recite: false));
    }

    [Fact]
    public void The_verb_that_says_a_range_is_no_part_of_either_end()
    {
        var sources = new[]
        {
            Article(1, "Engineers put the damage to roads at €95 million."),
            Article(2, "The flood caused an estimated €120m of damage."),
        };
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        Assert.Equal([1, 2], Assert.Single(filter.FilterProse("Estimates of the damage range from €95 million to €120 million.", recite: false)).Sources);
    }

    [Fact]
    public void A_merged_sentence_keeps_each_source_that_says_a_whole_clause_and_drops_one_that_says_none()
    {
        var sources = new[]
        {
            Article(1, "The council raised property tax by 4.9% on Thursday. The meeting ran until 11.15pm on Thursday."),
            Article(2, "The budget cuts €5.4m from the library service. The meeting finished after 1am on Friday."),
        };
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        Assert.Equal([1, 2], Assert.Single(filter.FilterProse("It raises property tax by 4.9% and cuts €5.4m from the library service [1][2].", recite: false)).Sources);
        Assert.Empty(filter.Findings);
        Assert.Equal([1], Assert.Single(filter.FilterProse("The meeting ended at 11.15pm on Thursday [1][2].", recite: false)).Sources);
        Assert.NotEmpty(filter.Findings);
    }

    [Fact]
    public void A_part_marked_inside_a_sentence_is_judged_with_the_rest_its_source_is_cited_for()
    {
        var sources = new[]
        {
            Article(1, "The orchestra's conductor Ivo Brandt thanked the audience for waiting out the power cut."),
            Article(2, "Ivo Brandt, who leads the orchestra, moved the concert to the chapel."),
        };
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        // "praised listeners for their patience during the blackout" alone is short of source 1's words; with its
        // subject it is not.
        Assert.Equal([1, 2], Assert.Single(filter.FilterProse("The orchestra's conductor, Ivo Brandt [1][2], praised listeners for their patience during the blackout [1].", recite: false)).Sources);
        Assert.Empty(filter.Findings);
    }

    [Fact]
    public void A_side_marked_inside_a_sentence_that_its_source_does_not_give_is_still_rejected()
    {
        var sources = new[]
        {
            Article(1, "Members of the angling society voted 9-2 on Tuesday to ban night fishing."),
            Article(2, "The angling society's vote on Tuesday to ban night fishing went 8-3."),
        };
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        Assert.Single(filter.FilterProse("The angling society's vote on Tuesday to ban night fishing [1][2] was 9-2 [1] or 7-4 [2].", recite: false));

        Assert.Contains(filter.Findings, f => f.Sources.Contains(2));
    }

    private static CleanedArticle[] Margins() =>
    [
        Article(1, "The final count gave her a winning margin of 4,812 votes."),
        Article(2, "By a later count, her winning margin was about 6,000 votes."),
    ];
}
