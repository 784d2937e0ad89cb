using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two places a source names in one sentence tell one route or spot, not two versions of where (invented sentences);
/// a source that names a place only to deny it still gives a version of its own.
/// </summary>
public sealed class PlacesNamedTogetherTests
{
    [Fact]
    public void A_detour_named_along_a_road_and_over_a_bridge_is_one_route()
    {
        var conflicts = PlaceConflicts(
            "The Weaver Bridge was shut on Monday after cracks were found. Drivers are being sent to the Alder Bridge upstream along Ring Road No. 6.",
            "The Weaver Bridge was shut on Monday after cracks were found. Drivers are being directed to the Alder Bridge, 3 km upstream, along Ring Road No. 6.",
            "The Weaver Bridge was shut on Monday after cracks were found. The two bus routes that now run over the Alder Bridge will carry extra services.");

        Assert.Empty(conflicts);
    }

    [Fact]
    public void A_place_named_only_to_be_denied_is_still_another_version()
    {
        var conflicts = PlaceConflicts(
            "A fault at the Wexley substation cut power to the valley on Monday evening.",
            "A fault at the Wexley substation cut power to the valley on Monday evening.",
            "The outage started with a transformer failure at the Ormby switching station, not at Wexley as first reported.");

        var group = Assert.Single(conflicts);
        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }
    [Fact]
    public void A_site_and_a_spot_in_it_named_in_one_sentence_are_one_scene()
    {
        var conflicts = PlaceConflicts(
            "A boy was injured on a water slide at Marlow Water Park on Saturday.",
            "A boy was injured on a water slide at Marlow Water Park on Saturday afternoon.",
            "Visitors at Marlow Water Park watched as lifeguards pulled an injured boy from the pool at the bottom of the Plunge.");

        Assert.Empty(conflicts);
    }

    [Fact]
    public void A_town_that_begins_a_site_s_name_is_another_place()
    {
        var conflicts = PlaceConflicts(
            "The jockey was taken to Kelby General Hospital with a broken collarbone.",
            "The jockey was taken to Kelby General Hospital with a broken collarbone after the fall.",
            "The jockey was taken to Orton Royal Infirmary with a broken collarbone after a fall at Kelby.");

        var group = Assert.Single(conflicts);
        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }
}
