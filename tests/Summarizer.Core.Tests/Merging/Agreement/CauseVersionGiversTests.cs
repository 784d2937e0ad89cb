using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A source may give causes of two things: why the pier was shut ("because of the forecast") and why it fell ("blamed
/// the collapse on huge waves"). Its version is worded by the cause most of the version's sources give, which is the one
/// they tell in common, not by whichever the first source wrote first.
/// </summary>
public sealed class CauseVersionGiversTests
{
    [Fact]
    public void A_version_is_worded_by_the_cause_most_of_its_sources_give()
    {
        var found = CauseFinder.Find(Sources(
            "The pier had been closed because of the forecast. The council blamed the collapse on huge waves.",
            "Officials shut the pier because of the forecast. The collapse was caused by huge waves.",
            "The pier was shut ahead of the forecast storm. Engineers say huge waves smashed into the deck.",
            "The collapse was caused by corroded cast-iron piles."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["huge waves [1,2,3]", "corroded cast-iron piles [4]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }
}
