using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found missing on a third batch of model replies the checker was not tuned on (dev cases 09, 10, 15): how a
/// summary frames outlets ("Most outlets put the reading at", "according to two reports"); a people's adjective for
/// its place; "about 62" for a source's 61.7; "asked not to" for "asked to avoid"; a second predicate of one subject or a
/// participle clause taken from another sentence of the source; a part of the day said by a time; a season relative to
/// the report; a role noun for the person the source names just before it; and general paraphrase (fears / risk,
/// slowed / speed limits, sightseers / visitors, photo / photographed, damaging / breaking, on display / on show).
/// Every sentence is invented.
/// </summary>
public class ThirdUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("The gauge on the bridge read 6.2 metres on Sunday.", "Most outlets put the level on the bridge at 6.2 metres.")]
    [InlineData("The flood gauge at Oster bridge measured the peak on Sunday.", "The peak was measured at Oster bridge according to two reports.")]
    [InlineData("Wheat prices in Norvessa rose by 3% last month.", "Prices of Norvessan wheat rose by 3% last month.")]
    [InlineData("Demand on the grid reached 61.7GW on Friday evening.", "Demand on the grid reached about 62 gigawatts on Friday evening.")]
    [InlineData("The council asked residents to avoid using hosepipes during the ban.", "The council asked residents not to use hosepipes during the ban.")]
    [InlineData("The ferry sank within 40 minutes of striking the rocks. Records show the vessel was carrying 212 passengers.", "The ferry sank within 40 minutes of striking the rocks and was carrying 212 passengers.")]
    [InlineData("The river peaked at 6.2 metres at Oster on Sunday. The old record, set in 1998, was beaten by half a metre.", "The river peaked at 6.2 metres at Oster on Sunday, beating the 1998 record by half a metre.")]
    [InlineData("The plant's alarm went off at 3.15pm.", "The alarm sounded across the plant in the afternoon.")]
    [InlineData("The gallery will open to visitors next spring.", "The gallery opens to visitors next spring.")]
    [InlineData("Borland has re-elected its mayor, handing victory to Lena Horvik. The former ferry captain won by 300 votes. Horvik, 44, becomes the first woman to lead the council.", "The former ferry captain becomes the first woman to lead the council.")]
    [InlineData("Rail operators imposed speed limits because of the risk of rails buckling.", "Rail operators slowed trains over fears that rails could buckle.")]
    [InlineData("Curious visitors have asked to be photographed beside the lamp.", "Sightseers have asked for a photo beside the lamp.")]
    [InlineData("Divers used sonar to map the wreck without breaking it.", "Divers used sonar to map the wreck without damaging it.")]
    [InlineData("The museum said it would put the sword on show next year.", "The sword will go on display next year.")]
    public void A_faithful_rewording_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The gauge on the bridge read 6.2 metres on Sunday.", "Most outlets put the level on the bridge at 6.5 metres.", "6.5")]
    [InlineData("Wheat prices in Norvessa rose by 3% last month.", "Prices of Dravian wheat rose by 3% last month.", "Prices of Dravian")]
    [InlineData("Demand on the grid reached 61.7GW on Friday evening.", "Demand on the grid reached about 64 gigawatts on Friday evening.", "64")]
    [InlineData("The council asked residents to avoid using hosepipes during the ban.", "The council asked residents to use hosepipes during the ban.", "[1]")]
    [InlineData("The ferry sank within 40 minutes of striking the rocks. Records show the vessel was carrying 212 passengers.", "The ferry sank within 40 minutes of striking the rocks and was carrying 221 passengers.", "221")]
    [InlineData("The plant's alarm went off at 9.15am.", "The alarm sounded across the plant in the afternoon.", "[1]")]
    [InlineData("Tax payments due this autumn will be delayed.", "Tax payments due next spring will be delayed.", "next spring")]
    [InlineData("Borland has re-elected its mayor, handing victory to Lena Horvik. The former ferry captain won by 300 votes. Pavel Dorn, 61, becomes the oldest member of the council.", "The former ferry captain becomes the oldest member of the council.", "[1]")]
    public void A_rewording_that_changes_the_fact_is_rejected(string source, string claim, string token) =>
        Assert.Equal([token], Found(claim, Article(1, source)));
}
