using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A tens word joined to "one" ("forty-one", "Twenty one") is one figure, as "twenty-seven" is: the checker read it as
/// the tens alone and rejected a faithful claim (and would have passed a claim of the tens). Every sentence is invented.
/// </summary>
public class CompoundNumberWordTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Fire crews said 41 sheep were lost when the shed at Marrow Farm burned on Monday.", "Forty-one sheep were lost when fire burned a shed at Marrow Farm on Monday.")]
    [InlineData("Twenty-one flights were cancelled at Ellby airport on Friday because of fog.", "Fog forced Ellby airport to cancel 21 flights on Friday.")]
    [InlineData("The council approved ninety one new homes on the Westfield site.", "The council approved 91 new homes on the Westfield site.")]
    public void A_tens_word_and_one_are_one_figure(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Fire crews said 41 sheep were lost when the shed at Marrow Farm burned on Monday.", "Forty sheep were lost when fire burned a shed at Marrow Farm on Monday.")]
    [InlineData("Forty-one sheep were lost when fire burned a shed at Marrow Farm on Monday.", "Forty sheep were lost when fire burned a shed at Marrow Farm on Monday.")]
    [InlineData("Fire crews said 40 sheep were lost when the shed at Marrow Farm burned on Monday.", "Forty-one sheep were lost when fire burned a shed at Marrow Farm on Monday.")]
    public void A_different_figure_is_still_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));
}
