using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A that-clause a negation governs ("it is not clear that ...", "there is no evidence that ...") is not said by the
/// passage, whatever words it shares with the claim; a negation that ends before a that-clause leaves the clause said.
/// Every sentence here is invented.
/// </summary>
public class DoubtedClauseTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("It is also not clear that Halverd has promised to keep its Brindle depot open, despite reports suggesting otherwise.", "Halverd has promised to keep its Brindle depot open.")]
    [InlineData("There is no evidence that the fire at the Orwin mill was started deliberately, the brigade said.", "The fire at the Orwin mill was started deliberately, the brigade said.")]
    [InlineData("The council did not say that the Tessel footbridge would reopen in March.", "The council said the Tessel footbridge would reopen in March.")]
    public void A_clause_the_source_doubts_does_not_hold_the_claim(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("No one was hurt, and police said that the Tessel footbridge would reopen in March.", "Police said the Tessel footbridge would reopen in March.")]
    [InlineData("Halverd has promised to keep its Brindle depot open. It is not clear how many drivers will stay.", "Halverd has promised to keep its Brindle depot open.")]
    [InlineData("Drivers are sent along Ring Road No. 6, a detour that the council said could add half an hour.", "The council said the detour along Ring Road No. 6 could add half an hour.")]
    [InlineData("None of that is insured, because the Orwin mill's policy excluded arson.", "The Orwin mill's policy excluded arson.")]
    public void A_clause_no_negation_governs_still_holds_it(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));
}
