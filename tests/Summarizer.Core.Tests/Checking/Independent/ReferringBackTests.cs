using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A sentence that opens by referring back to the one before it is read with it: a definite subject whose head says
/// in other words what the sentence before said ("The blaze ..." after "Fire broke out ..."), or a person given by
/// their age ("The 52-year-old ...") after "A man has been arrested". A summary that joins the two is what the source
/// says; a next sentence about someone or something else is not joined. Every sentence is invented.
/// </summary>
public class ReferringBackTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("A man has been arrested after a van was stolen from a depot in Corby. The 52-year-old was released on bail until 3 March.",
        "The 52-year-old man arrested over the stolen van has been released on bail until 3 March.")]
    [InlineData("Thieves took paintings from the east wing of the Kelner Gallery. The burglary was discovered by a night cleaner.",
        "A night cleaner discovered that paintings had been taken from the Kelner Gallery.")]
    [InlineData("Fire broke out at a paint warehouse in Stenby overnight. The blaze forced 40 families out.",
        "An overnight fire at a paint warehouse in Stenby forced 40 families from nearby homes.")]
    public void A_sentence_that_refers_back_is_read_with_the_one_before(string source, string claim) =>
        Assert.Empty(Found(claim, source));

    [Fact]
    public void A_next_sentence_about_someone_else_is_not_joined() =>
        Assert.Equal(["[1]"], Found(
            "The man arrested over the stolen van has been released on bail until 3 March.",
            "A man has been arrested after a van was stolen from a depot in Corby. Police in Northam released a woman on bail until 3 March."));
}
