using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A bare hour in words with the part of the day it falls in ("eight in the morning", "seven this morning") is a time of
/// day on that half of the clock: a claim giving it in figures holds, one giving another hour or the other half does not.
/// Every sentence is invented.
/// </summary>
public class HourWithPartOfDayTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("The ferry left Corran pier at six in the morning with 40 cars aboard.", "The ferry left Corran pier at 6am.")]
    [InlineData("Firefighters reached the mill shortly after nine this evening.", "Firefighters reached the mill shortly after 21:00.")]
    [InlineData("The rally ended peacefully at about ten at night, organisers said.", "The rally ended at about 10pm.")]
    [InlineData("Pickets gathered outside the depot from five in the afternoon.", "Pickets gathered outside the depot from 5pm.")]
    public void An_hour_with_its_part_of_the_day_is_that_time(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The ferry left Corran pier at six in the morning with 40 cars aboard.", "The ferry left Corran pier at 6pm.")]
    [InlineData("The ferry left Corran pier at six in the morning with 40 cars aboard.", "The ferry left Corran pier at 7am.")]
    [InlineData("Firefighters reached the mill shortly after nine this evening.", "Firefighters reached the mill shortly after 9am.")]
    public void Another_hour_or_the_other_half_of_the_day_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));
}
