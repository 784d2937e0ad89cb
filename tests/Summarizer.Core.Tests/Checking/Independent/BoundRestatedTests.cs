using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A claim's open bound ("at least four weeks", "more than 300") is met by any larger value a passage gives, so the words
/// another outlet uses for that bound are not the passage's words unless the passage gives the same figure: a passenger's
/// nine-week wait is not the operator's "at least four weeks" out of service. Every sentence is invented.
/// </summary>
public class BoundRestatedTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Operator = "The Morvane ferry is expected to stay out of service for at least four weeks while its engine is rebuilt, the operator said.";

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Fact]
    public void A_larger_value_for_something_else_does_not_borrow_the_words_another_outlet_gives_the_bound()
    {
        const string claim = "The Morvane ferry is expected to stay out of service for at least four weeks.";
        var cited = Article(1, "Islander Petra Lund has waited nine weeks for the Morvane ferry.");

        Assert.Equal(["[1]"], Found(claim, cited, Article(2, Operator)));
    }

    [Fact]
    public void A_passage_with_the_same_bound_still_reads_another_outlets_words()
    {
        const string claim = "The Morvane ferry is expected to stay out of service for at least four weeks.";
        var cited = Article(1, "Repairs to the Morvane ferry will take at least four weeks, its owners said.");

        Assert.Empty(Found(claim, cited, Article(2, Operator)));
    }
}
