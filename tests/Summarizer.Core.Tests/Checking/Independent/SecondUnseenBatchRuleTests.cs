using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found missing on a batch of model replies the checker was not tuned on: an age written "the 52-year-old"
/// against "Harrow, 52,"; an age set off by commas as what a person is, not what the sentence measures; "first said" as
/// an adverb; a quoted title of a work as a name; narration before reported speech, a quote closed before a new verb,
/// and a parenthetical about someone ("X, who ..., told ...", "X, the ... press, has ...") each checked as facts of their
/// own; a range whose low end takes the high end's unit; words a figure says ("maximum" for "up to", "margin" for "beat
/// by"); how a summary frames reports ("Reports differ on"); and general news paraphrase (award / prize, convicted /
/// found guilty, worth / valued, items / pieces, sold / sales, chose / picked, together / combined, charges / counts,
/// seek / apply for); and a financial year ("2026-27") against "the coming financial year" and the article's date.
/// Every sentence is invented.
/// </summary>
public class SecondUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Lena Harrow, 52, was appointed to the board on Monday.", "The 52-year-old was appointed to the board on Monday.")]
    [InlineData("Tomas Ilves, 61, chairs the board. Ilves was re-elected in March by the members.", "Tomas Ilves, 61, was re-elected in March by the members.")]
    [InlineData("The ferry operator said it was considering legal action.", "The ferry operator first said it was considering legal action.")]
    [InlineData("\"The Glass River\" was published in May. The judges said the novel was \"luminous and brave\".", "The judges said the novel \"The Glass River\" was \"luminous and brave\".")]
    [InlineData("The panel met for three hours. In the end the verdict was \"unanimous\", according to the chair, Ines Moreau.", "The panel met for three hours, but chair Ines Moreau said the verdict was \"unanimous\".")]
    [InlineData("Ada Brenner collected the medal at Holm Castle on Friday night. Speaking to City Radio on Saturday, she said she had barely slept.", "Ada Brenner, who collected the medal at Holm Castle on Friday night, told City Radio she had barely slept.")]
    [InlineData("The Orwin award carries £5,000.", "Reports differ on the prize, £5,000.")]
    [InlineData("Ilves was found guilty of bribery in May.", "Ilves was convicted of bribery in May.")]
    [InlineData("Items worth £3 million were taken.", "The stolen pieces were valued at £3 million.")]
    [InlineData("The jury chose the winner after an hour of talks.", "The jury picked the winner after an hour of talks.")]
    [InlineData("Sales of the atlas have reached 9,000 copies, the publisher said.", "The atlas has sold 9,000 copies.")]
    [InlineData("Nadia Kerr beat her rival by about 900 ballots.", "Kerr's final margin was put at about 900 votes.")]
    [InlineData("Dorn faced up to 20 years for the combined fraud and bribery counts.", "Fraud and bribery together carried a sentence of up to 20 years for Dorn.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Lena Harrow, 52, was appointed to the board on Monday.", "The 53-year-old was appointed to the board on Monday.", "53-year")]
    [InlineData("Tomas Ilves, 61, chairs the board. Ilves was re-elected in March by the members.", "Tomas Ilves, 62, was re-elected in March by the members.", "62")]
    [InlineData("She finished second in the race.", "She finished first in the race.", "first")]
    [InlineData("The panel met for three hours. In the end the verdict was \"unanimous\", according to the chair, Ines Moreau. Paul Dorn sat on the panel.", "The panel met for three hours, but Paul Dorn said the verdict was \"unanimous\".", "[1]")]
    [InlineData("Ada Brenner collected the medal at Holm Castle on Friday night. Speaking to City Radio on Saturday, she said she had barely slept.", "Ada Brenner, who collected the medal at Holm Castle on Friday night, told City Radio she had rewritten her speech.", "[1]")]
    [InlineData("Ada Brenner thanked her coach, Lio Varga, who first spotted her at a school race.", "Ada Brenner thanked her coach, Lio Varga, who she said had designed her training plan.", "[1]")]
    [InlineData("Nadia Kerr's lead fell by about 900 ballots.", "Kerr's final margin was put at about 900 votes.", "[1]")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim, string token) =>
        Assert.Equal([token], Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The board approved a €40m plan for 2026-27.", null)]
    [InlineData("The board approved a €40m plan for 2027-28.", "2027-28")]
    [InlineData("The board approved a €40m plan for 2025-26.", "2025-26")]
    public void A_financial_year_is_read_against_the_article_date(string claim, string? missing)
    {
        var source = Article(1, "The board approved a plan worth €40m for the coming financial year.") with
        {
            Metadata = ArticleMetadata.Empty with { PublishedAt = new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero) },
        };

        Assert.Equal(missing is null ? [] : [missing], Found(claim, source));
    }

    [Theory]
    [InlineData("Orvane said it planned to apply to regulators for approval later this year.", "The firm will seek approval later this year.", true)]
    [InlineData("Orvane said it planned to publish the data behind its approval later this year.", "The firm will seek approval later this year.", false)]
    public void Seeking_approval_is_applying_for_it(string source, string claim, bool accepted) =>
        Assert.Equal(accepted, Found(claim, Article(1, source)).Count == 0);

    [Fact]
    public void A_title_the_source_does_not_hold_is_still_missing() =>
        Assert.Contains("\"The Glass Lake\"", Found(
            "The judges said the novel \"The Glass Lake\" was \"luminous and brave\".",
            Article(1, "\"The Glass River\" was published in May. The judges said the novel was \"luminous and brave\".")));

    [Theory]
    [InlineData("Judge Alma Reyes called the scheme \"cynical and cruel\" and ordered the firm to repay €3m [1][2].", new[] { 1, 2 })]
    [InlineData("Its publisher, the small family-run press Quarry Lane, has ordered a second printing [1][2].", new[] { 1, 2 })]
    [InlineData("The maximum for the charges is given as between 15 and 20 years [1][2].", new[] { 1, 2 })]
    public void A_merged_sentence_keeps_each_source_that_says_a_whole_piece(string prose, int[] kept)
    {
        var filter = new CitationFilter(Checker, Merged(), CancellationToken.None);

        Assert.Equal(kept, Assert.Single(filter.FilterProse(prose, recite: false)).Sources);
        Assert.Empty(filter.Findings);
    }

    [Theory]
    [InlineData("Judge Alma Reyes called the scheme \"cynical and cruel\" and ordered the firm to repay €4m [1][2].")]
    [InlineData("The maximum for the charges is given as between 15 and 25 years [1][2].")]
    public void A_merged_sentence_with_a_piece_no_cited_source_says_is_dropped(string prose)
    {
        var filter = new CitationFilter(Checker, Merged(), CancellationToken.None);

        Assert.Empty(filter.FilterProse(prose, recite: false));
        Assert.NotEmpty(filter.Findings);
    }

    private static CleanedArticle[] Merged() =>
    [
        Article(1, "Judge Alma Reyes called the scheme \"cynical and cruel\". The book was published by Quarry Lane, a small family-run press. The charges carry up to 20 years in prison."),
        Article(2, "Judge Alma Reyes ordered the firm to repay €3m to customers. Quarry Lane said it had ordered a second printing. The maximum term for the charges is up to 15 years."),
    ];
}
