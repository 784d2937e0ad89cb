using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A junction told by the two ways that meet there, and a disputed site a source names under another event word than the
/// version's own (invented sentences).
/// </summary>
public sealed class RestatedSitesTests
{
    [Theory]
    [InlineData("The gas main split just before dawn where Farrier Lane meets Kilnworth Road, flooding six cellars.", "where Farrier Lane meets Kilnworth Road", "Farrier Lane")]
    [InlineData("Two buses collided where the Old Turnpike joins Abbot Street on Monday.", "where the Old Turnpike joins Abbot Street", "Old Turnpike")]
    public void Two_named_ways_that_meet_name_a_junction(string sentence, string text, string name)
    {
        var place = OnePlace(sentence);

        Assert.Equal((text, NameKey.Of(name), "junction"), (place.Text, place.Value.Name, place.Value.PlaceHead));
    }

    [Fact]
    public void Sides_that_meet_name_no_place()
    {
        Assert.DoesNotContain(Read("The deal was struck where Harland Mercer meets Ostrava Group halfway."), f => f.Value.Kind == ValueKind.Place);
    }

    [Fact]
    public void A_source_naming_one_version_s_site_under_another_event_word_states_that_version()
    {
        var group = Assert.Single(PlaceConflicts(
            "The fire began at the Tollbridge depot shortly after 2am on Tuesday.",
            "The fire began at the Edgecombe depot shortly after 2am on Tuesday.",
            "Crews worked through the night. Roads were shut across the town on Tuesday. Buses were cancelled. "
            + "A driver raised the alarm at the Tollbridge depot, investigators said."));

        Assert.Equal("Disagree: 1,3 | 2", Describe(group));
    }

    [Fact]
    public void A_source_saying_people_were_moved_to_one_version_s_site_states_that_version()
    {
        var group = Assert.Single(PlaceConflicts(
            "Most of the residents will be offered places at Ashlin Court in Pennock.",
            "Most of the residents will be offered places at Harrow House in Delby.",
            "The home will close in March. Staff were told on Monday. Families were upset. "
            + "Most residents will be moved to Ashlin Court in Pennock."));

        Assert.Equal("Disagree: 1,3 | 2", Describe(group));
    }

    [Fact]
    public void A_town_named_for_something_else_states_no_version()
    {
        var group = Assert.Single(PlaceConflicts(
            "The storm crossed the coast over Velmont on Saturday.",
            "The storm crossed the coast at Kessby on Saturday.",
            "Power was cut to thousands. Schools stayed shut on Monday. Ferries were cancelled. "
            + "Heavy rain was reported at Velmont on Sunday."));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }
}
