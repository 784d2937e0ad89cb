using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where a cause was ("above the tunnel", "beneath the station") is not what it was, so two causes at one place are still
/// two versions; a source that names its cause twice is shown in its fuller naming of the thing.
/// </summary>
public sealed class CauseVersionsTests
{
    [Theory]
    [InlineData("The flooding was caused by a leaking sewer beneath the station.", "The flooding was blamed on a blocked station culvert.")]
    [InlineData("The blaze was started by a faulty heater above the bakery.", "The blaze was started by a discarded bakery cigarette.")]
    [InlineData("The subsidence was blamed on an old well below the car park.", "The subsidence was caused by heavy car park traffic.")]
    public void Causes_at_one_place_are_still_two_versions(string first, string second)
    {
        var found = CauseFinder.Find(Sources(first, second));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Theory]
    [InlineData("Engineers blamed the collapse on a rotten joist. They found the scaffold had given way after it rested on a rotten oak joist hidden under the floor.", "oak joist")]
    [InlineData("Experts blamed a faulty valve. Inspectors later said the blast came when a corroded relief valve on the boiler failed.", "corroded relief valve")]
    [InlineData("The leak was blamed on a cracked pipe. Divers found a cracked outflow pipe that had split along an old weld seam.", "cracked outflow pipe")]
    public void A_source_naming_its_cause_twice_is_shown_in_the_fuller_naming(string second, string fuller)
    {
        // The bare naming is the one the source states with a word of cause, so it would be shown but for the fuller one.
        var found = CauseFinder.Find(Sources("The incident was caused by heavy snow on the roof.", second));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Contains(fuller, disagreement.Claims[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plainer_mention_of_the_same_thing_is_no_fuller_naming()
    {
        var found = CauseFinder.Find(Sources(
            "The incident was caused by heavy snow on the roof.",
            "An unbolted hatch cover, not the snow, let the water in. The manager said a porter had failed to close the hatch before the storm."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("An unbolted hatch cover", disagreement.Claims[1].Text);
    }
}
