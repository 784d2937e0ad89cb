using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A vote or result written as a pair ("voted 6-3", "by seven votes to two") is one figure: its two counts found apart
/// elsewhere in the report ("two summers", "seven lifeguards") do not state "7-2" where the report gives the vote as 6-3,
/// framed by the outlet's name or not. Every sentence is invented.
/// </summary>
public class ResultTallyTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Report = "Cabinet backs lido repairs\n\nVale Television News, Tuesday 1 December 2026\n\n"
        + "The council cabinet voted 6-3 on Monday to spend £265,000 on repairs to the lido.\n\n"
        + "The lido has been shut for two summers, and seven lifeguards were laid off.\n\n"
        + "It will reopen in July.";

    private static List<string> Found(string claim, string report = Report) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, report)]).Select(u => u.Token)];

    [Fact]
    public void A_count_already_missing_names_the_wrong_result_alone() =>
        Assert.Equal(["8"], Found("The council cabinet voted 8-3 on Monday to spend £265,000 on repairs to the lido."));

    [Theory]
    [InlineData("The council cabinet voted 7-2 on Monday to spend £265,000 on repairs to the lido.", "7-2")]
    [InlineData("Vale Television News reports that the council cabinet voted 7-2 on Monday to spend £265,000 on repairs to the lido.", "7-2")]
    [InlineData("The cabinet voted by seven votes to two to spend £265,000 on the lido, Vale Television News reports.", "seven votes to two")]
    public void A_result_the_report_gives_as_another_pair_is_caught(string claim, string tally) =>
        Assert.Contains(tally, Found(claim));

    [Theory]
    [InlineData("The council cabinet voted 6-3 on Monday to spend £265,000 on repairs to the lido.")]
    [InlineData("Vale Television News reports that the council cabinet voted 6-3 on Monday to spend £265,000 on repairs to the lido.")]
    [InlineData("According to Vale Television News, the cabinet voted by six votes to three to spend £265,000 on repairs to the lido.")]
    public void The_same_result_in_any_form_passes(string claim) =>
        Assert.Empty(Found(claim));

    [Fact]
    public void A_report_that_gives_no_result_as_a_pair_is_judged_as_ever()
    {
        // "six were in favour and three against" is no pair: the rule stands aside, and the counts are found as counts.
        const string report = "Cabinet backs lido repairs\n\nVale Television News, Tuesday 1 December 2026\n\n"
            + "Six cabinet members were in favour of spending £265,000 on repairs to the lido and three against on Monday.";
        Assert.Empty(Found("The cabinet voted 6-3 on Monday to spend £265,000 on repairs to the lido.", report));
    }

    [Theory]
    [InlineData("Numbers rose from 31 to 19 last year.")]
    [InlineData("Between 20-30 people were there.")]
    public void A_change_or_a_range_is_no_result(string text) =>
        Assert.Empty(Summarizer.Checking.Independent.Tally.Of(text, Summarizer.Checking.Independent.FigureReader.Read(text, Summarizer.Checking.Independent.WordScanner.Scan(text))));
}
