using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A time of day said as minutes before or after an hour, noon or midnight ("eight minutes to noon", "three minutes past
/// midnight", "seventeen minutes past nine") is that clock time, so a summary giving it in figures keeps its citation;
/// another time is still rejected. Every sentence is invented.
/// </summary>
public class MinutesToTheHourTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("The countdown at the Brask range was halted at eight minutes to noon.", "The countdown at the Brask range was halted at 11:52.")]
    [InlineData("The fire alarm at the Orley depot sounded at three minutes past midnight.", "The fire alarm at the Orley depot sounded at 12.03am.")]
    [InlineData("The last ferry to Holm left at seventeen minutes past nine.", "The last ferry to Holm left at 9:17.")]
    public void Minutes_before_or_after_the_hour_are_the_clock_time(string source, string claim) =>
        Assert.Empty(Found(claim, source));

    [Theory]
    [InlineData("The countdown at the Brask range was halted at eight minutes to noon.", "The countdown at the Brask range was halted at 11:58.")]
    [InlineData("The fire alarm at the Orley depot sounded at three minutes past midnight.", "The fire alarm at the Orley depot sounded at 12.30am.")]
    public void Another_time_is_still_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, source));
}
