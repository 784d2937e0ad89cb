using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "were down" and "were up" say which way something went as "fell" and "rose" do: a claim that puts it with a verb of
/// falling or rising is found where the source writes the adverb, and back; the opposite direction is still rejected.
/// Every sentence is invented.
/// </summary>
public class DirectionPhraseTests
{
    private const string Source = "Rents were down across the old town. "
        + "Takings at the pier were up on last year. "
        + "Ferry bookings dropped.";

    [Theory]
    [InlineData("Rents fell.")]
    [InlineData("Takings rose.")]
    [InlineData("Bookings were down.")]
    public void A_direction_said_with_down_or_up_is_found(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("Rents rose.")]
    [InlineData("Takings fell.")]
    [InlineData("Bookings were up.")]
    public void The_opposite_direction_is_rejected(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));
}
