using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Figures align only on positive evidence that they measure one thing (issue 17, session 13): the measure signature
/// read from each figure's clause (its head noun, its governing predicate, a modifier that makes it another measure)
/// and the unit's dimension. Every sentence here is invented for the test.
/// </summary>
public sealed class MeasureSignatureTests
{
    private static IEnumerable<AlignedGroup> Conflicts(IReadOnlyList<AlignedGroup> groups) =>
        groups.Where(g => g.Label == AlignmentLabel.Disagree);

    [Fact]
    public void Active_passive_and_nominalised_predicates_read_as_one()
    {
        var active = Value("Rescuers evacuated 120 residents overnight.").Signature;
        var passive = Value("About 120 residents were evacuated overnight.").Signature;
        var noun = Value("Officials ordered the evacuation of 120 residents.").Signature;

        Assert.True(active.Links(passive));
        Assert.True(passive.Links(noun));
        Assert.True(noun.Links(active));
    }

    [Fact]
    public void A_count_reads_its_head_and_a_compound_its_glued_noun()
    {
        Assert.Equal("firefight", Value("Around 60 firefighters fought the blaze.").Signature.Head);
        Assert.Equal("claus", Value("The council approved the 9-clause charter.").Signature.Head);
        Assert.Equal("feud", Value("The families ended a 12-year feud.").Signature.Head);
    }

    [Fact]
    public void A_quantity_reads_the_thing_it_sizes_not_its_dimension()
    {
        Assert.Equal("trawler", Value("The 24-metre trawler went down in a squall.").Signature.Head);
        Assert.Equal("water", Value("Divers found the hull resting in 55 metres of water.").Signature.Head);
        Assert.Equal("zone", Value("Vets imposed a 4 km zone around the barn.").Signature.Head);
        Assert.Equal("", Value("The shaft is 450 metres deep, the operator said.").Signature.Head);
        Assert.Equal("", Value("The probe climbed to an altitude of 120 km before it failed.").Signature.Head);
    }

    [Fact]
    public void A_length_reads_the_extent_it_measures()
    {
        Assert.Equal("height", Value("The mast stood some 40 metres high before it fell.").Signature.Extent);
        Assert.Equal("height", Value("A 30-metre-tall crane toppled in the gale.").Signature.Extent);
        Assert.Equal("depth", Value("Floodwater rose to a depth of up to 1.2 metres.").Signature.Extent);
        Assert.Equal("width", Value("The pipe is 2ft in diameter.").Signature.Extent);
        Assert.Equal("", Value("The 24-metre trawler went down in a squall.").Signature.Extent);
    }

    [Fact]
    public void Extents_of_one_hole_are_two_measures_and_one_extent_reported_twice_can_conflict()
    {
        var groups = Align(
            "The pit that opened on Ferris Row is about 6 metres deep and 9 metres across, the fire service said.",
            "Engineers at Ferris Row were examining a 14-metre-deep pit on Wednesday, the water company said.");

        var conflict = Assert.Single(Conflicts(groups), g => g.Facts.First().Value.Kind == ValueKind.Quantity);
        Assert.DoesNotContain(conflict.Facts, f => f.Text.Contains("9 metres", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_in_an_earlier_clause_is_not_the_part_a_length_measures()
    {
        var groups = Align(
            "Fans ran for their lives as the 12-metre-high lighting tower toppled at Cray Park on Friday.",
            "The 8-metre lighting tower at Cray Park fell on Friday, organisers said.");

        Assert.Single(Conflicts(groups), g => g.Facts.First().Value.Kind == ValueKind.Quantity);
    }

    [Fact]
    public void Sizes_of_different_things_are_no_conflict_and_of_one_thing_are()
    {
        const string first = "The 24-metre trawler Kestrel Dawn sank off Brora on Tuesday night, the coastguard said.";
        var apart = Align(first, "Divers found the trawler Kestrel Dawn sitting upright on the seabed off Brora in 55 metres of water.");
        var same = Align(first, "The 31-metre trawler Kestrel Dawn sank off Brora on Tuesday night, the coastguard confirmed.");

        Assert.DoesNotContain(Conflicts(apart), g => g.Facts.First().Value.Kind == ValueKind.Quantity);
        Assert.Contains(Conflicts(same), g => g.Facts.First().Value.Kind == ValueKind.Quantity);
    }

    [Fact]
    public void How_long_something_lasted_is_not_the_window_a_change_is_put_in()
    {
        var apart = Align(
            "Dismissed staff at the Hollin mill will keep their pension cover for nine months, the company said.",
            "It is the fourth round of redundancies at the Hollin mill in 24 months, the union said.");
        var after = Align(
            "Hollin mill workers want an 8% rise after four years in which wages stood still.",
            "The Hollin mill has offered workers a 5% rise spread over two years.");
        var same = Align(
            "Dismissed staff at the Hollin mill will keep their pension cover for nine months, the company said.",
            "Dismissed staff at the Hollin mill keep their pension cover for six months, the company told the union.");

        Assert.DoesNotContain(Conflicts(apart), g => g.Facts.First().Value.Kind == ValueKind.Duration);
        Assert.DoesNotContain(Conflicts(after), g => g.Facts.First().Value.Kind == ValueKind.Duration);
        Assert.Contains(Conflicts(same), g => g.Facts.First().Value.Kind == ValueKind.Duration);
    }

    [Fact]
    public void A_state_after_a_copula_is_the_predicate()
    {
        var remain = Value("Nine people remain in hospital in Tarrow.").Signature;
        var are = Value("Fourteen people are in hospital, the council said.").Signature;

        Assert.True(remain.Links(are));
    }

    [Fact]
    public void A_length_per_hour_is_a_speed_not_a_distance()
    {
        var slash = Value("Gusts reached 180 km/h over the headland.");
        var words = Value("Gusts reached 110 miles an hour over the headland.");

        Assert.Equal(("speed", 180.0), (slash.Value.Unit, slash.Value.Range.Low));
        Assert.Equal("speed", words.Value.Unit);
        Assert.NotEqual("temperature", slash.Frame); // "reached" frames temperatures, not speeds
    }

    [Fact]
    public void A_distance_that_places_something_is_not_a_size()
    {
        var groups = Align(
            "The Dunmore tremor was centred 30 kilometres north of Varrow, seismologists said.",
            "The Dunmore tremor opened a crack 4 kilometres long, seismologists said.");

        Assert.Empty(Conflicts(groups));
    }

    [Fact]
    public void Distances_from_one_place_still_disagree()
    {
        var groups = Align(
            "The Dunmore tremor was centred 30 kilometres north of Varrow.",
            "The Dunmore tremor was centred 45 kilometres north of Varrow.");

        Assert.Single(Conflicts(groups), g => g.Facts.All(f => f.Value.Kind == ValueKind.Quantity));
    }

    [Fact]
    public void Different_named_groups_of_people_are_not_one_count()
    {
        var groups = Align(
            "Around 60 firefighters worked through the night at the Harlow depot.",
            "Some 45 volunteers worked through the night at the Harlow depot.");

        Assert.Empty(Conflicts(groups));
    }

    [Fact]
    public void Counts_of_people_with_no_frame_need_a_shared_predicate()
    {
        var unlinked = Align(
            "About 40 people waited outside the Tarrow clinic on Monday.",
            "About 25 people were treated at the Tarrow clinic on Monday.");
        var linked = Align(
            "About 40 people waited outside the Tarrow clinic on Monday.",
            "Some 25 people waited outside the Tarrow clinic on Monday.");

        Assert.Empty(Conflicts(unlinked));
        Assert.Single(Conflicts(linked));
    }

    [Fact]
    public void Spells_of_different_named_things_are_not_one_duration()
    {
        var groups = Align(
            "Pellor Mills and the union ended a 12-year feud.",
            "Pellor Mills and the union agreed a nine-month truce.");

        Assert.Empty(Conflicts(groups));
    }
}
