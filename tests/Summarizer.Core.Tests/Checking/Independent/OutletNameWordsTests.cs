using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// An outlet's own name is attribution, not content: a weekday, month or number word in it ("The Sunday Spark", "Monday
/// Mail", "Radio Five Valleys") is no date or figure its article must give. The rest of the claim is judged as ever.
/// Every sentence is invented.
/// </summary>
public class OutletNameWordsTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [.. sources.Select(s => s.Id)]), sources).Select(u => u.Token)];

    private static CleanedArticle From(string outlet, string text) =>
        Article(1, text) with
        {
            // Written on a Sunday in March: a weekday or month of the name would be read as the day the piece was written.
            Metadata = ArticleMetadata.Empty with { Outlet = outlet, PublishedAt = new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero) },
        };

    [Theory]
    [InlineData("The Sunday Spark", "More than 30 patients had their tablets changed after the false results.", "The Sunday Spark says more than 30 patients had their tablets changed after the false results.")]
    [InlineData("The Sunday Spark", "More than 30 patients had their tablets changed on Friday after the false results.", "The Sunday Spark says more than 30 patients had their tablets changed on Friday after the false results.")]
    [InlineData("The Sunday Spark", "Ann Bell, 71, was told on Friday to cut her heart tablets.", "The Sunday Spark reports that Ann Bell was told to cut her heart tablets.")]
    [InlineData("Monday Mail", "The flour mill at Ebbridge closed on Thursday after a fire in March.", "The Monday Mail reports that the flour mill at Ebbridge closed after a fire in March.")]
    [InlineData("Monday Mail", "The flour mill at Ebbridge closed in March after a fire.", "The Monday Mail reports that the flour mill at Ebbridge closed in March after a fire.")]
    [InlineData("Radio Five Valleys", "Twelve homes in Corran were flooded when the river burst its banks.", "Radio Five Valleys says 12 homes in Corran were flooded when the river burst its banks.")]
    [InlineData("The Daily Brass", "The band hall at Wexcombe will reopen in June.", "The Daily Brass reports that the band hall at Wexcombe will reopen in June.")]
    [InlineData("The March Courier", "The ferry to Holm was cancelled on Tuesday because of the gales.", "The March Courier says the ferry to Holm was cancelled on Tuesday because of the gales.")]
    public void Words_of_the_outlets_own_name_are_not_dates_or_figures(string outlet, string source, string claim) =>
        Assert.Empty(Found(claim, From(outlet, source)));

    [Theory]
    [InlineData("The Sunday Spark", "More than 30 patients had their tablets changed after the false results.", "The Sunday Spark says more than 40 patients had their tablets changed after the false results.")]
    [InlineData("The Sunday Spark", "The flour mill at Ebbridge closed on Monday after a fire.", "The Sunday Spark says the flour mill at Ebbridge closed on Saturday after a fire.")]
    [InlineData("Monday Mail", "The flour mill at Ebbridge closed in March after a fire.", "The Monday Mail reports that the flour mill at Ebbridge closed in May after a fire.")]
    [InlineData("Radio Five Valleys", "Twelve homes in Corran were flooded when the river burst its banks.", "Radio Five Valleys says 20 homes in Corran were flooded when the river burst its banks.")]
    public void The_rest_of_the_claim_is_still_judged(string outlet, string source, string claim) =>
        Assert.NotEmpty(Found(claim, From(outlet, source)));

    [Fact]
    public void A_merged_sentence_gives_the_outlet_its_own_clause()
    {
        var wire = Article(1, "Thirty-four patients had their tablets changed because of the false results, the trust said.");
        var spark = From("The Sunday Spark", "Retired nurse Ann Bell was one of more than 30 patients who had their tablets changed because of the bungled results.") with { Id = 2 };
        Assert.Empty(Found("Thirty-four patients had their tablets changed because of the false results [1]; The Sunday Spark says more than 30 [2].", wire, spark));
    }

    [Fact]
    public void A_date_word_in_a_name_the_story_does_not_know_as_an_outlet_is_still_read()
    {
        // "The Sunday Spark" is no outlet of this story: its "Sunday" is a day the article must give.
        Assert.NotEmpty(Found("The Sunday Spark says more than 30 patients had their tablets changed after the false results.",
            From("Valley Courier", "More than 30 patients had their tablets changed after the false results.")));
    }
}
