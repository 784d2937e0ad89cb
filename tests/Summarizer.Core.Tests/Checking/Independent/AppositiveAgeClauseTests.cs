using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "The baker, Owen Pryde, 64, a familiar face at the market, was among those taken ill": the aside about him is cut
/// out and each part is found on its own; the age stays set off by its comma, so "64 was among those taken ill" is not
/// read as a clause counting 64 of something. What the source does not say is still rejected. Every sentence is invented.
/// </summary>
public class AppositiveAgeClauseTests
{
    private const string Source = "Stalls at the Friday market were empty for the first time in years. "
        + "The village's baker, Owen Pryde, 64, was among those taken ill. "
        + "Pryde has become a familiar face at the market and is one of its best-loved traders.";

    [Theory]
    [InlineData("The village's baker, Owen Pryde, 64, a familiar face at the market and one of its best-loved traders, was among those taken ill.")]
    [InlineData("The market's baker, Owen Pryde, 64, a familiar face at the market, was among those taken ill.")]
    [InlineData("The village baker Owen Pryde, 64, the market's best-loved trader, was among those who were taken ill.")]
    public void An_aside_after_the_age_leaves_the_clause_whole(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("The village baker Owen Pryde, 64, a familiar face at the market, has sold his bakery to a supermarket chain and moved abroad.")]
    [InlineData("The village's baker, Owen Pryde, 64, a retired ferry captain who sails every summer, was among those taken ill.")]
    public void What_the_source_does_not_say_is_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));
}
