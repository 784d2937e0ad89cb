using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found wrong on the dev and spent batches of model replies in session 18: a share of one unit is that much of
/// the unit ("a quarter of a percentage point" is 0.25 points, "half an hour" 30 minutes), "0.25 percentage points" is
/// read with its unit and a bare "11.5 points" is stated by it, "eleven o'clock" is a time of
/// day, and "last month" or "next year" in a dated piece is a month or year of the calendar. Each loosening has a planted
/// error of its shape that is still caught. Every sentence is invented.
/// </summary>
public class NinthUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("The Ostmark central bank raised its deposit rate by a quarter of a percentage point to 2.75%.", "The Ostmark central bank raised its deposit rate by 0.25 percentage points to 2.75%.")]
    [InlineData("The Ostmark central bank raised its deposit rate by half a percentage point to 3%.", "The Ostmark central bank raised its deposit rate by 0.5 percentage points to 3%.")]
    [InlineData("Passengers on the Tarrow ferry were held on board for half an hour before docking.", "Passengers on the Tarrow ferry were held on board for 30 minutes before docking.")]
    [InlineData("The swing from the Greens to Labour was 11.5 percentage points, the biggest in the county.", "The swing from the Greens to Labour was 11.5 points.")]
    public void A_share_of_one_unit_is_that_much_of_the_unit(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The Ostmark central bank raised its deposit rate by a quarter of a percentage point to 2.75%.", "The Ostmark central bank raised its deposit rate by 0.5 percentage points to 2.75%.")]
    [InlineData("The Ostmark central bank raised its deposit rate by a quarter of a percentage point to 2.75%.", "The Ostmark central bank raised its deposit rate by 25% to 2.75%.")]
    [InlineData("Passengers on the Tarrow ferry were held on board for half an hour before docking.", "Passengers on the Tarrow ferry were held on board for two hours before docking.")]
    [InlineData("The swing from the Greens to Labour was 11.5 percentage points, the biggest in the county.", "The swing from the Greens to Labour was 12.5 points.")]
    public void Another_share_or_a_share_of_something_else_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Neighbours heard the bang just after 11 o'clock and ran into the street.", "Neighbours heard the bang shortly after 11pm.")]
    [InlineData("Neighbours heard the bang at eleven o'clock and ran into the street.", "Neighbours heard the bang at 11pm.")]
    [InlineData("Neighbours heard the bang at eleven o'clock and ran into the street.", "Neighbours heard the bang at 11:00.")]
    [InlineData("Neighbours heard the bang shortly before half past two on the morning of Friday.", "Neighbours heard the bang just before 2.30am.")]
    [InlineData("Neighbours heard the bang at a quarter to six and ran into the street.", "Neighbours heard the bang at 5.45pm.")]
    [InlineData("Neighbours heard the bang at quarter past 9 and ran into the street.", "Neighbours heard the bang at 21:15.")]
    public void A_time_in_words_is_read(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Neighbours heard the bang just after 11 o'clock and ran into the street.", "Neighbours heard the bang shortly after 10pm.")]
    [InlineData("Neighbours heard the bang at eleven o'clock and ran into the street.", "Neighbours heard the bang at 9pm.")]
    [InlineData("Neighbours heard the bang shortly before half past two on the morning of Friday.", "Neighbours heard the bang just before 3.30am.")]
    [InlineData("Neighbours heard the bang at a quarter to six and ran into the street.", "Neighbours heard the bang at 6.15pm.")]
    public void Another_time_than_the_one_in_words_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The two unions returned to talks last month after mediators stepped in.", "The two unions returned to talks in April after mediators stepped in.")]
    [InlineData("The new Brisk Lane depot will open next year, the operator said.", "The new Brisk Lane depot will open in 2027, the operator said.")]
    public void A_month_or_year_said_against_the_day_of_the_report_is_read(string source, string claim) =>
        Assert.Empty(Found(claim, Dated(source)));

    [Theory]
    [InlineData("The two unions returned to talks last month after mediators stepped in.", "The two unions returned to talks in March after mediators stepped in.")]
    [InlineData("The two unions returned to talks last month after mediators stepped in.", "The two unions returned to talks in May after mediators stepped in.")]
    [InlineData("The new Brisk Lane depot will open next year, the operator said.", "The new Brisk Lane depot will open in 2026, the operator said.")]
    public void Another_month_or_year_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Dated(source)));

    // Written on Thursday 14 May 2026.
    private static CleanedArticle Dated(string text) =>
        Article(1, text) with { Metadata = ArticleMetadata.Empty with { PublishedAt = new DateTimeOffset(2026, 5, 14, 9, 0, 0, TimeSpan.Zero) } };
}
