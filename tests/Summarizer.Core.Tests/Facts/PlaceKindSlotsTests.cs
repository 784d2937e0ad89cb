using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Each source's one early place of a kind (a car park, a field, a village) fills one slot, whatever verbs put the event
/// there (invented stories, the place past the lead sentences the lead-place slot reads); a source that names two of the
/// kind fills none, and a site something is moved to is no place the event happened.
/// </summary>
public sealed class PlaceKindSlotsTests
{
    private const string Opening = "It was a quiet morning. Staff were busy. Nobody expected trouble. ";

    [Theory]
    [InlineData(
        "A large beech came down in the Millbrook car park on Sunday. Nobody was hurt, rangers said.",
        "An old tree failed in the Ashby Road car park over the weekend, crushing a van.")]
    [InlineData(
        "Detectorists unearthed a hoard of gold coins in a field near Little Sowerby. The find was reported to the coroner.",
        "The coins turned up in a barley field near Oakham Cross, a museum curator confirmed.")]
    [InlineData(
        "The turbines would have stood above the village of Fenwick. Objectors cheered the vote.",
        "The scheme was planned on the moor near the village of Carling, officials said.")]
    public void Each_source_s_only_place_of_a_kind_is_one_slot(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(Opening + first, Opening + second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_source_that_names_two_places_of_the_kind_fills_the_slot_with_neither()
    {
        var groups = PlaceConflicts(
            Opening + "A large beech came down in the Millbrook car park on Sunday. Visitors were sent to the Ashby Road car park instead.",
            Opening + "An old tree failed in the Quarry Lane car park over the weekend, crushing a van.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_site_something_is_moved_to_fills_no_slot_of_its_kind()
    {
        var groups = PlaceConflicts(
            Opening + "The bakery owner said baking would move to the group's larger plant in Dunmore next spring.",
            Opening + "Staff at the plant in Kelby heard the news on Thursday, union officials said.");

        Assert.Empty(groups);
    }
}
