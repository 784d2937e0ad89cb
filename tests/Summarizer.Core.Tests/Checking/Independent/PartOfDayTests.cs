using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary names the part of the day where its source gives the clock time: "in the early hours" for "at 3.10am" or
/// "shortly after midnight", "at night" for "at about 11pm", "in the morning" for "at 4.30am".
/// A part of the day the time does not fall in is still not found. Every sentence is invented.
/// </summary>
public class PartOfDayTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("The tug docked in the early hours.", "The tug docked at 3.10am.")]
    [InlineData("The tug docked in the early hours.", "The tug docked shortly after midnight.")]
    [InlineData("The tug docked at Pellmouth at night.", "The tug reached Pellmouth at about 11pm.")]
    [InlineData("The tug docked at Pellmouth overnight.", "The tug reached Pellmouth at 2.45am.")]
    [InlineData("The tug docked at Pellmouth in the morning.", "The tug reached Pellmouth at 4.30am.")]
    public void A_part_of_the_day_is_said_by_a_time_in_it(string claim, string source) =>
        Assert.Empty(Found(claim, source));

    [Theory]
    [InlineData("The tug docked in the early hours.", "The tug docked at 3.10pm.")]
    [InlineData("The tug docked at Pellmouth at night.", "The tug reached Pellmouth at about 11am.")]
    public void A_part_of_the_day_the_time_is_not_in_is_not_found(string claim, string source) =>
        Assert.Equal(["[1]"], Found(claim, source));

    [Theory]
    [InlineData("The tug docked at about 8.20am.", "The tug docked at twenty past eight in the morning.")]
    [InlineData("The tug docked at 5.50pm.", "The tug docked at ten to six.")]
    public void A_clock_read_aloud_in_fives_is_a_time(string claim, string source) =>
        Assert.Empty(Found(claim, source));

    [Fact]
    public void A_vote_of_ten_to_six_is_no_time() =>
        Assert.Empty(Found("Councillors backed the tug contract by 10 votes to 6.", "Councillors voted ten to six to back the tug contract."));
}
