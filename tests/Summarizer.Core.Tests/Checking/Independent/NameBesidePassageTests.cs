using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A name of the claim that the sentence before or after the passage writes ("Neighbours named the boat as the Silver
/// Wren") is who or what the passage tells of, so it counts among the words the passage holds, but only where the passage
/// itself says all the rest of the claim and gives its dates. Every sentence is invented.
/// </summary>
public class NameBesidePassageTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static readonly CleanedArticle Report = Article(1,
        "A houseboat below Pellow Weir was gutted by a blaze shortly after midnight.\n\n"
        + "Neighbours named the boat as the Silver Wren.\n\n"
        + "Firefighters said the owner had been away visiting family.");

    private static List<string> Found(string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Report]).Select(u => u.Token)];

    [Fact]
    public void A_name_the_sentence_after_writes_is_what_the_passage_tells_of()
    {
        Assert.Empty(Found("The Silver Wren was gutted by the blaze."));
    }

    [Fact]
    public void A_name_beside_the_passage_does_not_make_up_for_what_the_passage_lacks()
    {
        Assert.Equal(["[1]"], Found("The Silver Wren sank within minutes."));
    }
}
