using Summarizer.Chunking;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>A place conflict is told at one grain: a source's quay against another's quay, not its port against a quay.</summary>
public sealed class SiteGrainsTests
{
    [Fact]
    public void A_port_set_against_a_quay_gives_way_to_the_quay_its_source_names()
    {
        var port = Place(1, 0, "The container ship hit a crane at the port of Ardenmouth on Sunday.");
        var own = Place(1, 1, "The Halvard Merchant was berthing at Kingsway Quay when it struck the crane.");
        var other = Place(2, 0, "The ship struck a crane while berthing at Fenner Quay in the early hours.");

        var refined = SiteGrains.AtOneGrain(Conflict(port, other), [port, own, other]);

        Assert.Equal(["at Kingsway Quay", "at Fenner Quay"], refined.Versions.Select(v => v.First.Text));
        Assert.Equal([[1], [2]], refined.Versions.Select(v => v.Sources.ToArray()));
    }

    [Fact]
    public void An_inquest_s_venue_set_against_a_field_gives_way_to_the_field_its_sources_name()
    {
        var venue1 = Place(1, 1, "The find was declared treasure at an inquest in Castlemarsh.");
        var field1 = Place(1, 0, "The hoard was found in a field near Low Wennick by a detectorist.");
        var venue2 = Place(2, 1, "The find was declared treasure at an inquest in Castlemarsh.");
        var field2 = Place(2, 0, "The hoard was found in a field near Low Wennick by a detectorist.");
        var other = Place(3, 0, "He dug up the coins in a stubble field near Skelby Cross.");

        var refined = SiteGrains.AtOneGrain(Conflict([venue1, venue2], [other]), [venue1, field1, venue2, field2, other]);

        Assert.All(refined.Versions[0].Facts, f => Assert.Contains("Low Wennick", f.Text, StringComparison.Ordinal));
        Assert.Equal([1, 2], refined.Versions[0].Sources);
    }

    [Fact]
    public void A_road_set_against_a_part_of_a_town_gives_way_to_the_road_its_source_names()
    {
        var edge = Place(1, 0, "The club plans to sell land on the northern edge of Kettlewick.");
        var street = Place(1, 1, "The land, off Beacon Road, takes in the practice ground.");
        var other = Place(2, 0, "The sale covers ground on Cowper Road beside the course.");

        var refined = SiteGrains.AtOneGrain(Conflict(edge, other), [edge, street, other]);

        Assert.Equal("off Beacon Road", refined.Versions[0].First.Text);
    }

    [Fact]
    public void A_hall_set_against_a_square_keeps_its_version_though_its_source_names_a_road()
    {
        var hall = Place(1, 1, "The march ended outside the Civic Hall just after 3pm.");
        var road = Place(1, 0, "About 400 people set off at Kelby Road at noon.");
        var other = Place(2, 0, "The march ended in Market Square with several arrests.");
        var group = Conflict(hall, other);

        Assert.Same(group, SiteGrains.AtOneGrain(group, [road, hall, other]));
    }

    [Fact]
    public void A_source_naming_two_places_of_the_kind_keeps_its_version()
    {
        var port = Place(1, 0, "The container ship hit a crane at the port of Ardenmouth on Sunday.");
        var own = Place(1, 1, "The Halvard Merchant was berthing at Kingsway Quay when it struck the crane.");
        var second = Place(1, 2, "Its sister ship waited at Harbour Quay.");
        var other = Place(2, 0, "The ship struck a crane while berthing at Fenner Quay in the early hours.");
        var group = Conflict(port, other);

        Assert.Same(group, SiteGrains.AtOneGrain(group, [port, own, second, other]));
    }

    [Fact]
    public void A_source_naming_the_other_version_s_place_keeps_its_version()
    {
        var port = Place(1, 0, "The container ship hit a crane at the port of Ardenmouth on Sunday.");
        var same = Place(1, 1, "The Halvard Merchant was berthing at Fenner Quay when it struck the crane.");
        var other = Place(2, 0, "The ship struck a crane while berthing at Fenner Quay in the early hours.");
        var group = Conflict(port, other);

        Assert.Same(group, SiteGrains.AtOneGrain(group, [port, same, other]));
    }

    [Fact]
    public void A_bare_town_against_a_site_has_no_kind_to_be_told_at()
    {
        var site = Place(1, 0, "The chandelier was restored at a workshop in Tormouth.");
        var town = Place(2, 0, "The chandelier spent the summer in Castle Arden.");
        var group = Conflict(site, town);

        Assert.Same(group, SiteGrains.AtOneGrain(group, [site, town]));
    }

    [Fact]
    public void A_town_set_against_a_road_gives_way_to_the_lane_its_source_names()
    {
        var town = Place(1, 0, "The insurer turned down the storm claims of households in Wexley.");
        var lane = Place(1, 1, "Seventeen families on Millstone Lane were refused payouts.");
        var other = Place(2, 0, "Homeowners on Fellside Road were refused payouts after the storm.");

        var refined = SiteGrains.AtOneGrain(Conflict(town, other), [town, lane, other]);

        Assert.Equal(["on Millstone Lane", "on Fellside Road"], refined.Versions.Select(v => v.First.Text));
    }

    [Fact]
    public void A_coast_set_against_a_strand_gives_way_to_the_bay_its_source_names()
    {
        var coast = Place(1, 0, "Dozens of containers went overboard off the Wessmouth coast.");
        var bay = Place(1, 1, "Most of the wreckage has come ashore at Marram Bay.");
        var other = Place(2, 0, "Trainers and nappies have been piling up on Kelsey Strand.");

        var refined = SiteGrains.AtOneGrain(Conflict(coast, other), [coast, bay, other]);

        Assert.Equal(["at Marram Bay", "on Kelsey Strand"], refined.Versions.Select(v => v.First.Text));
    }

    [Fact]
    public void A_source_that_names_no_place_of_the_kind_leaves_the_coarser_version()
    {
        var named = Place(1, 0, "The insurer turned down the storm claims of households in Wexley.");
        var lane = Place(1, 1, "Seventeen families on Millstone Lane were refused payouts.");
        var bare = Place(3, 0, "The insurer turned down the storm claims of households in Wexley.");
        var other = Place(2, 0, "Homeowners on Fellside Road were refused payouts after the storm.");

        var refined = SiteGrains.AtOneGrain(Conflict([named, bare], [other]), [named, lane, bare, other]);

        Assert.Equal([[1], [2]], refined.Versions.Select(v => v.Sources.ToArray()));
        Assert.Equal("on Millstone Lane", refined.Versions[0].First.Text);
    }

    [Fact]
    public void A_town_whose_sources_name_no_place_of_the_kind_keeps_its_version()
    {
        var town = Place(1, 0, "The insurer turned down the storm claims of households in Wexley.");
        var other = Place(2, 0, "Homeowners on Fellside Road were refused payouts after the storm.");
        var group = Conflict(town, other);

        Assert.Same(group, SiteGrains.AtOneGrain(group, [town, other]));
    }

    private static Fact Place(int source, int index, string sentence) =>
        Assert.Single(FactExtractor.FromSentence(source, index, new TextSegment(sentence, 0, sentence.Length), null), f => f.Value.Kind == ValueKind.Place);

    private static AlignedGroup Conflict(Fact first, Fact second) => Conflict([first], [second]);

    private static AlignedGroup Conflict(Fact[] first, Fact[] second) =>
        new(AlignmentLabel.Disagree, "place: setting", [new FactVersion(first), new FactVersion(second)]);
}
