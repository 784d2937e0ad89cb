using Summarizer.Checking;
using Summarizer.Core.Tests.Merging.Agreement;

namespace Summarizer.Core.Tests.Checking;

/// <summary>Replies over the shared seeds (noisy real-world text), held out from the tuning on the ferry fixtures.</summary>
public class SeedGroundingTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    [Theory]
    [InlineData("Russia controls about 75 percent of the Donetsk region.", 1)]
    [InlineData("U.S. mediators Steve Witkoff and Jared Kushner are part of the Coalition of the Willing.", 3)]
    [InlineData("Zelenskyy said negotiations to end the war were 90% complete.", 3)]
    [InlineData("More than thirty countries are attending the talks in Paris.", 3)]
    [InlineData("Britain's Keir Starmer and NATO's Mark Rutte attended the Paris talks.", 3)]
    [InlineData("The United States offered 15 years of security guarantees, Zelensky said.", 3)]
    [InlineData("A coalition of 35 nations met in Paris, with 27 heads of state attending in person.", 5)]
    [InlineData("A 2023 Pew Research Center survey found nearly 80% of Ukrainians consider sovereignty crucial.", 1)]
    public void Faithful_replies_about_the_seeds_pass(string reply, int cited)
    {
        var found = Checker.Check(reply, [cited], TrustFixtures.Seeds());

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("A coalition of 35 nations met in Paris.", 1, "35")]
    [InlineData("A 2023 Pew Research Center survey found nearly 80% of Ukrainians consider sovereignty crucial.", 2, "80%")]
    [InlineData("Russia controls about 85 percent of the Donetsk region.", 1, "85 percent")]
    [InlineData("The United States offered 20 years of security guarantees.", 3, "20 years")]
    [InlineData("German Chancellor Olaf Scholz attended the Paris talks.", 3, "German Chancellor Olaf Scholz")]
    [InlineData("Russia launched its full-scale invasion in February 2021.", 2, "2021")]
    public void Corrupted_replies_about_the_seeds_are_caught(string reply, int cited, string token)
    {
        var found = Checker.Check(reply, [cited], TrustFixtures.Seeds());

        Assert.Contains(token, found.Select(u => u.Token));
    }
}
