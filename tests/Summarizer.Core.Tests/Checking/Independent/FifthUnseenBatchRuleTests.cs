using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found wrong on a fifth batch of model replies the checker was not tuned on (spent trust cases 19, 22 and
/// 23): a bound the source gives hedged the same way is that bound, not any value inside it ("up to 250" is not "up to
/// 200"); nor is a bound met by a sum of money inside it ("$44 a share" for "up to 150 stores") or by a count of
/// something else beside the source's own bound ("the two firms"); and a common noun before a person's name
/// ("Farmer ...") is a description the source writes in lower case, not part of the name. Every sentence is invented.
/// </summary>
public class FifthUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Local growers met on the quay. \"Rain does not pay rent,\" said Oren Vale, who grows barley by the river.", "Grower Oren Vale said \"Rain does not pay rent\".")]
    [InlineData("The chain is prepared to close up to 200 branches, people familiar with the plans said.", "The chain may close up to 200 branches.")]
    [InlineData("Some 650 firefighters were at work on the hills.", "More than 600 firefighters were at work on the hills.")]
    [InlineData("More than 40 ships were waiting at anchor by the evening.", "Over 40 ships were waiting at anchor.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The chain is prepared to close up to 200 branches, people familiar with the plans said.", "The chain may close up to 250 branches.")]
    [InlineData("The chain is prepared to close up to 200 branches, people familiar with the plans said.", "The chain may close up to 150 branches.")]
    [InlineData("The takeover, at $44 a share, would reshape the trade. The chain is prepared to close up to 200 branches.", "The chain may close up to 150 branches.")]
    [InlineData("The chain is prepared to close up to 200 branches where the two firms compete.", "The chain may close up to 150 branches.")]
    [InlineData("More than 40 ships were waiting at anchor by the evening.", "More than 30 ships were waiting at anchor.")]
    [InlineData("Local growers met on the quay. \"Rain does not pay rent,\" said Oren Vale, who grows barley by the river.", "Grower Oren Vail said \"Rain does not pay rent\".")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));
}
