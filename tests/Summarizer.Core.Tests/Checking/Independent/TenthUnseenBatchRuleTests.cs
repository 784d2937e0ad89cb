using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found wrong on the dev and spent batches of model replies in session 19. Each loosening has a planted error
/// of its shape that is still caught. Every sentence is invented.
/// </summary>
public class TenthUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("The ministry puts the cost of the rail contract at £640m across both years.", "The rail contract costs £640m over its two years.")]
    [InlineData("The ministry puts the cost of the rail contract at £640m across both years.", "The two-year rail contract costs £640m.")]
    [InlineData("Ferries ran a reduced timetable on both days of the festival.", "Ferries ran a reduced timetable on the two days of the festival.")]
    public void Both_before_a_unit_of_time_is_two_of_them(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The ministry puts the cost of the rail contract at £640m across both years.", "The rail contract costs £640m over its three years.")]
    [InlineData("The ministry puts the cost of the rail contract at £640m across both years.", "The three-year rail contract costs £640m.")]
    [InlineData("Ferries ran a reduced timetable on both days of the festival.", "Ferries ran a reduced timetable on the four days of the festival.")]
    public void Another_length_than_both_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Nurses get a second-year rise tied to inflation under the deal.", "The deal links the second-year rise for nurses to inflation.")]
    [InlineData("Police found the man in a third-floor flat on Mill Road.", "Police found the man in the third-floor flat on Mill Road.")]
    public void An_ordinal_hyphened_after_a_is_a_rank(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Nurses get a second-year rise tied to inflation under the deal.", "The deal links the third-year rise for nurses to inflation.")]
    [InlineData("Police found the man in a third-floor flat on Mill Road.", "Police found the man in the fourth-floor flat on Mill Road.")]
    public void Another_rank_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));
}
