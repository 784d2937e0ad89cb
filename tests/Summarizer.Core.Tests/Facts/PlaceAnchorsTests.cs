using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Places told of one thing: two outlets that word a sentence apart still attach the disputed place to the same noun or
/// verb ("the van was abandoned on X" / "the van turned up on Y"), so the places fill one slot when their clauses' words
/// before them (their anchors) are each other's best, and the places are of one grain (invented stories; each place sits
/// past the lead, where no lead slot pairs it, and the two sentences share one word at most).
/// </summary>
public sealed class PlaceAnchorsTests
{
    [Theory]
    [InlineData(
        "Police were called to a disturbance late on Friday. Officers searched the area for several hours. Nobody has been arrested so far. The van was abandoned on Harrow Lane, with its engine still running and both doors wide open.",
        "A man has been questioned over a break-in. Detectives are appealing for witnesses. Several power tools were taken. The van turned up on Kestrel Road, parked across two driveways opposite the old chapel.")]
    [InlineData(
        "Detectives spent months on the case. The gallery had offered a reward. Two men were later charged. The painting was hidden at the Grange Farm lodge, wrapped in an old blanket under a bed.",
        "The owner said he never gave up hope. Insurers paid out last year. A court date has been set. The painting had been stored at the Westcott hotel, inside a locked cupboard in the cellar.")]
    [InlineData(
        "Astronomers had tracked the object for weeks. Its path was announced in advance. Hundreds gathered to watch the sky. The meteorite landed near the village of Ashcot, leaving a shallow crater in a barley crop.",
        "Amateur observers filmed the bright streak. The footage was shared widely online. Experts later confirmed the sighting. The meteorite came down outside the village of Brindle, scattering fragments across a churchyard.")]
    public void Places_attached_to_one_thing_fill_one_slot(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(first, second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_part_of_a_place_and_an_area_are_two_grains_not_one_slot()
    {
        var groups = PlaceConflicts(
            "Traffic was held up for most of the morning. Drivers were advised to avoid the area. Recovery crews arrived at noon. The lorry overturned on the outskirts of Dunford, spilling its load of gravel across both lanes.",
            "Nobody was seriously hurt. The driver was checked over by paramedics. An investigation has begun. The lorry tipped over on the Brackley estate, blocking the entrance to several units.");

        Assert.Empty(groups);
    }
}
