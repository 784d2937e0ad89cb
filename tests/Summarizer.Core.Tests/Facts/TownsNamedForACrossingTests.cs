using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Nothing happens inside a bridge: a name ending in "Bridge" or "Crossing" after a bare "in" is the town that grew up at
/// the crossing, read as a bare name as any town is; on, at, near or under it, or "in the X Bridge", it is the structure
/// (invented sentences).
/// </summary>
public sealed class TownsNamedForACrossingTests
{
    [Theory]
    [InlineData("The slip was spotted by a sharp-eyed reader in Pennock Bridge.")]
    [InlineData("Seventeen households in Wexley Bridge had their claims turned down.")]
    [InlineData("Flooding in Harlow Crossing closed two roads on Monday.")]
    public void A_name_ending_in_a_crossing_after_in_is_a_town(string sentence)
    {
        var place = OnePlace(sentence);

        Assert.Equal("", place.Value.PlaceHead);
        Assert.Null(PlaceWords.Grain(place.Value));
    }

    [Theory]
    [InlineData("The lorry struck the parapet on Harlow Bridge late on Monday.", "bridge")]
    [InlineData("Police closed the road at Mill Bridge after the crash.", "bridge")]
    public void A_name_ending_in_a_crossing_after_on_or_at_is_the_structure(string sentence, string head) =>
        Assert.Equal(head, OnePlace(sentence).Value.PlaceHead);

    [Fact]
    public void A_reader_s_town_ending_in_bridge_conflicts_with_another_outlet_s_town()
    {
        var groups = PlaceConflicts(
            "The error in the guide was spotted by a reader in Cold Ashby, the publisher said.",
            "The slip was spotted by a sharp-eyed reader in Pennock Bridge, the publisher said.");

        Assert.Single(groups);
    }
}
