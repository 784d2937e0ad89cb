using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// The general readings behind the checker's figures on replies it was never tuned on: hedged and fractional figures,
/// "a decade", vague lengths of time, weekdays against the article's date, a phrase that says an event, a speaker
/// named by title, what a negation governs, figures as part of what a sentence holds, a noun phrase that refers back,
/// names learnt from bodies, passive "reported", and acronyms. Every sentence here is invented.
/// </summary>
public class UnseenReplyRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Officials said 2,960 households lost power in the storm.", "Around 3,000 households lost power in the storm.")]
    [InlineData("Forty-three climbers were rescued from the ridge.", "More than 40 climbers were rescued from the ridge.")]
    [InlineData("The drug cut relapses by 74% in the study.", "The drug cut relapses by about three-quarters in the study.")]
    [InlineData("It was the worst drought in the valley in more than a decade.", "It was the worst drought in the valley in more than ten years.")]
    [InlineData("The library will stay shut for several weeks while the roof is repaired.", "The library will stay shut for a few weeks while the roof is repaired.")]
    [InlineData("Four people lost their lives and 12 were injured when the roof fell in.", "Four people died when the roof fell in.")]
    [InlineData("Mayor Ilse Brandt toured the harbour on Monday. Crews worked through the night. \"We will rebuild,\" Brandt said.", "\"We will rebuild,\" the mayor said.")]
    [InlineData("The survey enrolled about 12,000 adults in nine countries, who were followed for 18 months after a single dose.", "Around 12,000 people in nine countries took part and were followed for 18 months after a single shot.")]
    [InlineData("Two men were arrested on Monday. The men, aged 34 and 38, were questioned at the central station.", "Two men, aged 34 and 38, were arrested on Monday.")]
    [InlineData("Nine people died in the flood.", "Nine deaths were reported in the flood.")]
    [InlineData("The firm said it had enough cash to reach launch without raising new equity.", "The firm said it could reach launch without raising new equity.")]
    [InlineData("The crown was made for a wedding in the nineteenth century.", "The crown was made for a wedding in the 19th century.")]
    [InlineData("Police said a third man was arrested on Tuesday.", "A third man was arrested on Tuesday.")]
    [InlineData("Calloway's vaccine prevented 74% of cases in the trial. Side effects were mild. Calloway calls the vaccine CT-417.", "Calloway's CT-417 vaccine prevented 74% of cases.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Officials said 2,960 households lost power in the storm.", "Around 3,500 households lost power in the storm.", "3,500")]
    [InlineData("Officials said 2,960 households lost power in the storm.", "Around 2,800 households lost power in the storm.", "2,800")]
    [InlineData("Forty-three climbers were rescued from the ridge.", "More than 50 climbers were rescued from the ridge.", "50")]
    [InlineData("The drug cut relapses by 71% in the study.", "The drug cut relapses by about three-quarters in the study.", "three-quarters")]
    [InlineData("Hundreds of fans queued outside the stadium.", "More than a thousand fans queued outside the stadium.", "a thousand")]
    [InlineData("The library will stay shut for several weeks while the roof is repaired.", "The library will stay shut for several months while the roof is repaired.", "several months")]
    [InlineData("Museum director Anna Lind said visitors were shocked. Councillor Tom Ek said the theft had shocked the city.", "Museum director Anna Lind said the theft had shocked the city.", "[1]")]
    [InlineData("The firm said it had enough cash to reach launch without raising new equity.", "The firm said it would raise new equity before launch.", "[1]")]
    [InlineData("The RSV season began early this year. Analysts raised their targets for the stock.", "Tim Rowe, an analyst, raised his target for the stock.", "Tim Rowe")]
    [InlineData("Calloway's vaccine prevented 74% of cases in the trial. Side effects were mild. Calloway calls the vaccine CT-417.", "Calloway's CT-418 vaccine prevented 74% of cases.", "418")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim, string token) =>
        Assert.Equal([token], Found(claim, Article(1, source)));

    [Fact]
    public void A_weekday_is_read_against_the_date_of_the_article()
    {
        var source = Article(1, "HARTFIELD, Monday 6 April 2026 - The dam gave way on Saturday, and the road will reopen on Thursday.");

        Assert.Empty(Found("The dam gave way on Saturday 4 April.", source));
        Assert.Empty(Found("The road will reopen on 9 April.", source));
        Assert.Equal(["5 April"], Found("The dam gave way on 5 April.", source));
    }

    [Fact]
    public void A_capital_after_a_dateline_is_no_name()
    {
        var sources = new[]
        {
            Article(1, "Police said a tiara was taken when the Dalby museum was broken into at night."),
            Article(2, "DALBY, Sunday 12 April 2026 (DP) - Thieves broke into the Dalby museum at night and took a tiara."),
        };

        Assert.Empty(Found("Thieves broke into the Dalby museum at night and took a tiara.", sources));
    }

    [Fact]
    public void Prose_that_joins_what_two_sources_say_cites_both_and_an_invented_clause_drops_it()
    {
        var sources = new[]
        {
            Article(1, "Nine people died in the flood on Saturday, officials said."),
            Article(2, "The death toll from the flood rose to 11 on Monday after two more bodies were found on farmland."),
        };
        var filter = new CitationFilter(Checker, sources, CancellationToken.None);

        var joined = filter.FilterProse("Nine deaths were reported at first, but the toll later rose to 11 after two more bodies were found on farmland.", recite: false);
        var invented = filter.FilterProse("Nine deaths were reported at first, but the toll later rose to 14 after two more bodies were found on farmland.", recite: false);

        Assert.Equal([1, 2], Assert.Single(joined).Sources);
        Assert.Empty(invented);
    }
}
