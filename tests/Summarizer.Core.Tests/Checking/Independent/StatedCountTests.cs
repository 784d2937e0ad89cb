using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A small definite count in a claim ("the two ferry operators", "both unions") is a fact the cited source must give for
/// that thing: a figure or number word in the sentence that says the rest, not a "2" it writes about something else
/// nearby. Every sentence is invented.
/// </summary>
public class StatedCountTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Traffic is sent to the Orm Bridge, 2 km downstream, along Route No. 9. The town's bus companies said they would add buses at peak times.", "The town's two bus companies have agreed to add buses at peak times.")]
    [InlineData("Traffic is sent to the Orm Bridge, 2 km downstream. The town's bus companies said they would add buses at peak times.", "The town's two bus companies have agreed to add buses at peak times.")]
    [InlineData("The town's bus companies said they would add buses at peak times, and two extra lanes will open.", "The town's two bus companies have agreed to add buses at peak times.")]
    [InlineData("The town's bus companies said they would add buses at peak times.", "Both of the town's bus companies have agreed to add buses at peak times.")]
    public void A_count_the_source_does_not_give_for_that_thing_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The town's two bus companies said they would add buses at peak times.", "The town's two bus companies have agreed to add buses at peak times.")]
    [InlineData("Both of the town's bus companies said they would add buses at peak times.", "The town's two bus companies have agreed to add buses at peak times.")]
    [InlineData("The town's 2 bus companies said they would add buses at peak times.", "The town's two bus companies have agreed to add buses at peak times.")]
    [InlineData("Crews fenced off both approaches overnight, and the town confirmed the closure at dawn.", "Crews fenced off both approaches overnight.")]
    [InlineData("Arnholt controls most of Vell and Tarn, regions on the border.", "Arnholt controls most of Vell and Tarn, both border regions.")]
    public void A_count_the_source_gives_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));
}
