using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Places whose names end in a word for a landform or a kind of site that the place lexicon lacked ("the Harl Sands",
/// "Hobb Fen", "Coldwick Strand", "the Corn Market steps", "the old Brindley sidings"): after "on", "along" or "onto" a
/// name is read only when it says it is a place, and these words are how news says so (invented sentences). "Rooms" is
/// left out: a venue named so ("the Guild Rooms") fills a lead slot with the venue of any other happening.
/// </summary>
public sealed class PlaceLandformNamesTests
{
    [Theory]
    [InlineData("The coaster ran aground on the Dunning Sands early on Friday.", "on the Dunning Sands", "sands")]
    [InlineData("The tanker was stuck fast on Wrack Bank for most of Tuesday.", "on Wrack Bank", "bank")]
    [InlineData("Walkers trampled the reeds along Teal Bank over the weekend.", "along Teal Bank", "bank")]
    [InlineData("The worst flooding was on Hobb Fen, the wardens said.", "on Hobb Fen", "fen")]
    [InlineData("Debris has been piling up on Coldwick Strand since Sunday.", "on Coldwick Strand", "strand")]
    [InlineData("The fire spread across gorse on Pellow Heath on Monday.", "on Pellow Heath", "heath")]
    [InlineData("About 150 people gathered on the Corn Market steps on Saturday.", "on the Corn Market steps", "steps")]
    [InlineData("The new halt sits on the old Brindley sidings beside the canal.", "on the old Brindley sidings", "sidings")]
    public void A_name_ending_in_a_landform_or_site_word_is_read_after_on_or_along(string sentence, string place, string head)
    {
        var read = OnePlace(sentence);

        Assert.Equal(place, read.Text);
        Assert.Equal(head, read.Value.PlaceHead);
    }

    [Fact]
    public void A_sandbank_is_a_named_site_not_a_bare_name()
    {
        var read = OnePlace("The trawler was stuck fast on the Harl Sands for most of Tuesday.");

        Assert.Equal("sands", read.Value.PlaceHead);
        Assert.Equal("named site", PlaceWords.Grain(read.Value));
    }

    [Theory]
    [InlineData(
        "The cargo ship Marta ran aground on the Harl Sands in the estuary early on Thursday.",
        "The cargo ship Marta, stranded on Wrack Bank for most of Thursday, was refloated last night.")]
    [InlineData(
        "Hundreds of riders gathered on the Corn Market steps on Sunday before the protest ride.",
        "Hundreds of riders gathered at Mercer Park on Sunday before the protest ride.")]
    [InlineData(
        "Rangers said most of the oil came ashore on Pellow Strand on Sunday afternoon.",
        "Rangers said most of the oil came ashore at Gorran Bay on Sunday afternoon.")]
    public void Two_outlets_naming_different_landforms_or_venues_disagree(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(first, second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }
}
