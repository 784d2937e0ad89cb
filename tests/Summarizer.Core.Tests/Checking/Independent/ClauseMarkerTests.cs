using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A claim whose own markers cite its clauses apart ("... £9m [1], or nearer £11m [2]") holds each cited source to the
/// clauses that cite it: the second outlet need not give the first outlet's figure, and a clause it is cited for that it
/// does not say is still rejected. Every sentence is invented.
/// </summary>
public class ClauseMarkerTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static readonly CleanedArticle[] Sources =
    [
        Article(1, "The new sports hall at Wickby College will cost £9m, the governors said on Monday. Building work starts in May. "
            + "The hall will seat 800 spectators. About 60 staff signed a letter against the plan by Friday."),
        Article(2, "Wickby College has approved a sports hall that critics say will cost nearer £11m. The governors voted on Monday. "
            + "Opponents say 95 staff have now signed their letter. The hall will hold 750 people, according to the plans."),
    ];

    private static List<(string Token, int Source)> Found(string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1, 2]), Sources).Select(u => (u.Token, u.Sources[0]))];

    [Theory]
    [InlineData("The sports hall will cost £9m [1], or nearer £11m by its critics' reckoning [2].")]
    [InlineData("About 60 staff had signed the letter by Friday [1]; opponents say 95 have now signed it [2].")]
    [InlineData("The hall is planned to seat 800 spectators [1], though the plans say 750 [2].")]
    public void Each_source_is_held_to_the_clause_it_is_cited_for(string claim) =>
        Assert.Empty(Found(claim));

    [Theory]
    [InlineData("The sports hall will cost £9m [1], or nearer £12m by its critics' reckoning [2].", "£12m", 2)]
    [InlineData("About 70 staff had signed the letter by Friday [1]; opponents say 95 have now signed it [2].", "70", 1)]
    public void A_clause_its_source_does_not_say_is_still_rejected(string claim, string token, int source) =>
        Assert.Contains((token, source), Found(claim));
}
