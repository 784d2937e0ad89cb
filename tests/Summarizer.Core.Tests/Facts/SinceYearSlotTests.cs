using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each outlet gives one early year since which the story's subject has been what it is, told by a perfect with "since"
/// and verbs of its own ("has mended boats since 1952", "has served the harbour since 1961"): the two years fill one
/// slot and conflict (SlotPairs.BeganIn; invented sentences).
/// </summary>
public sealed class SinceYearSlotTests
{
    [Theory]
    [InlineData("Hobb's Boatyard, which has mended fishing boats on the Tarrow since 1952, will shut in the spring.",
        "The yard has served the harbour's trawlermen since 1961 and is to close next year.", "1952", "1961")]
    [InlineData("The Quillon family has farmed the land at Upper Brede since 1874, and the herd is now to be sold.",
        "Upper Brede has been in the hands of one family since 1890, and its cattle go under the hammer next month.", "1874", "1890")]
    [InlineData("Marrick Cycles, a shop that has sold and repaired bikes in the arcade since 1979, is moving out.",
        "A cycle shop that has kept the town's riders on the road since 1984 is leaving the arcade.", "1979", "1984")]
    public void Years_a_lasting_state_began_meet_as_one_slot(string first, string second, string one, string other)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(one, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(other, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The boatyard has mended fishing boats since 1952.", true)]
    [InlineData("The road has been shut since 3 March.", false)]
    [InlineData("The library has been closed since March.", false)]
    [InlineData("The boatyard was founded in 1952.", false)]
    public void Only_a_whole_year_after_since_is_read_as_when_the_state_began(string sentence, bool began) =>
        Assert.Equal(began, SlotPairs.BeganIn(Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date)));

    [Fact]
    public void An_outlet_that_gives_two_years_since_fills_the_slot_with_neither()
    {
        var conflicts = FactDisagreements.From(Align(
            "Hobb's Boatyard, which has mended fishing boats on the Tarrow since 1952, will shut in the spring.",
            "The yard has served the harbour's trawlermen since 1961. Its foreman has worked there since 1988."));

        Assert.DoesNotContain(conflicts, d => d.Item.Claims.Any(c => c.Text.Contains("1952", StringComparison.Ordinal)));
    }
}
