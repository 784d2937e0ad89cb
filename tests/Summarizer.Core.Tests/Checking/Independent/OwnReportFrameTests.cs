using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary of one outlet's report often opens "The Gazette reports that ..." or closes "..., the Gazette reports.": the
/// report speaks in its own voice in every sentence, so the frame naming it is no claim, and what it is said to report is
/// judged as any claim of its own, its clauses each found where the report gives them (the same words given to someone
/// the report quotes are still judged as that person's speech). Every sentence is invented.
/// </summary>
public class OwnReportFrameTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Dateline = "Harbour Lights Gazette, Sunday 16 May 2027";

    private const string Body = "Families were turned away from the Quayside Theatre on Saturday, and now 12 performances have been called off.\n\n"
        + "A manager told the audience the news minutes before the curtain.\n\n"
        + "Ticket holders will be offered refunds or seats later in the season.\n\n"
        + "The cancellations were blamed on a stomach bug that spread through the cast.";

    private static List<string> Found(string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, Dateline + "\n\n" + Body)]).Select(u => u.Token)];

    [Theory]
    [InlineData("The Harbour Lights Gazette reports that 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    [InlineData("Twelve performances at the Quayside Theatre have been called off after a stomach bug spread through the cast, the Gazette reports.")]
    [InlineData("Harbour Lights Gazette says 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    public void What_the_outlet_is_said_to_report_is_judged_clause_by_clause_as_its_own_words(string claim) =>
        Assert.Empty(Found(claim));

    [Theory]
    [InlineData("The Harbour Lights Gazette reports that 12 performances at the Quayside Theatre have been called off after the lead actor broke his leg in rehearsal.")]
    [InlineData("The Harbour Lights Gazette reports that 15 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    [InlineData("The Evening Star reports that 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    public void A_clause_the_report_does_not_give_or_another_outlet_is_still_caught(string claim) =>
        Assert.NotEmpty(Found(claim));

    // Outlets whose names the frame must take whole: a number word in the name ("Four Counties Radio", whose dateline was
    // not read as naming an outlet), a name joined by "&" (read as "District Echo" only), and a one-word coined name that
    // opens the summary's sentence (never learnt as a name from the body).
    [Theory]
    [InlineData("Four Counties Radio", "Four Counties Radio reports that 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    [InlineData("Polbrea & District Echo", "The Polbrea & District Echo reports that 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    [InlineData("QuaysideNow", "QuaysideNow reports that 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    [InlineData("Four Counties Radio", "According to Four Counties Radio, 12 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    public void The_whole_name_of_the_outlet_is_the_frame(string outlet, string claim) =>
        Assert.Empty(Checker.CheckClaim(new Claim(claim, [1]), [Article(1, outlet + ", Sunday 16 May 2027\n\n" + Body)]));

    [Theory]
    [InlineData("Four Counties Radio", "Four Counties Radio reports that 15 performances at the Quayside Theatre have been called off after a stomach bug spread through the cast.")]
    [InlineData("Polbrea & District Echo", "The Polbrea & District Echo reports that 12 performances at the Quayside Theatre have been called off after the lead actor broke his leg in rehearsal.")]
    [InlineData("QuaysideNow", "QuaysideNow reports that 12 performances at the Quayside Theatre have been called off after the lead actor broke his leg in rehearsal.")]
    public void What_such_an_outlet_does_not_report_is_still_caught(string outlet, string claim) =>
        Assert.NotEmpty(Checker.CheckClaim(new Claim(claim, [1]), [Article(1, outlet + ", Sunday 16 May 2027\n\n" + Body)]));
}
