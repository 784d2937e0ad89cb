using Summarizer.Chunking;
using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two places one outlet gives for one frame are two things (or one at two grains), not rival versions: a rival pair of
/// places is told by different outlets on each side.
/// </summary>
public sealed class PlaceSidesTests
{
    [Fact]
    public void Versions_that_share_a_source_are_set_apart()
    {
        var festival1 = Place(1, 0, "The topmast snapped at the Pellow Regatta on Saturday.");
        var point1 = Place(1, 1, "The topmast snapped off Gannet Point at the harbour mouth.");
        var festival3 = Place(3, 0, "The topmast snapped at the Pellow Regatta on Saturday.");
        var point4 = Place(4, 0, "The topmast snapped off Gannet Point at the harbour mouth.");
        List<Fact> members = [festival1, point1, festival3, point4];

        var parts = PlaceSides.Apart(members, [[festival1, festival3], [point1, point4]]);

        Assert.Equal([[1, 3], [1, 4]], parts.Select(p => p.Select(f => f.SourceId).ToArray()));
    }

    [Fact]
    public void Versions_told_by_different_sources_stay_one_group()
    {
        var wharf = Place(1, 0, "The silo exploded at the mill on Tidewater Wharf.");
        var road = Place(2, 0, "The silo exploded at the mill on Crossfield Road.");
        List<Fact> members = [wharf, road];

        var parts = PlaceSides.Apart(members, [[wharf], [road]]);

        Assert.Same(members, Assert.Single(parts));
    }

    // A guard, not a proof: the aligner never groups this story's places, so it passes with PlaceSides taken out too; the
    // tests that call PlaceSides.Apart directly are what fail without it.
    [Fact]
    public void A_source_naming_both_places_leaves_no_place_conflict_in_the_alignment()
    {
        var groups = Align(
            "The topmast of the Kestrel snapped off Gannet Point on Saturday. The topmast of the Kestrel snapped during the Pellow Regatta parade.",
            "The topmast of the Kestrel snapped off Gannet Point on Saturday. The topmast of the Kestrel snapped during the Pellow Regatta parade.",
            "The topmast of the Kestrel snapped at the Pellow Regatta on Saturday.",
            "The topmast of the Kestrel snapped off Gannet Point on Saturday.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.First().Value.Kind == ValueKind.Place);
    }

    [Fact]
    public void A_bare_town_set_against_a_street_is_aligned_apart()
    {
        var town1 = Place(1, 0, "The multi-storey car park in Kelby was closed on Friday.");
        var town2 = Place(2, 0, "The multi-storey car park in Kelby was closed on Friday.");
        var street = Place(3, 0, "Traders on Tanner Street say the closure has emptied the pavements.");
        List<Fact> members = [town1, town2, street];

        var parts = PlaceSides.Apart(members, [[town1, town2], [street]]);

        Assert.Equal([[1, 2], [3]], parts.Select(p => p.Select(f => f.SourceId).ToArray()));
    }

    [Fact]
    public void Two_streets_stay_rivals_when_a_bare_town_is_set_apart()
    {
        var town = Place(1, 0, "The multi-storey car park in Kelby was closed on Friday.");
        var first = Place(2, 0, "The car park on Tanner Street was closed on Friday.");
        var second = Place(3, 0, "The car park on Cooper Lane was closed on Friday.");
        List<Fact> members = [town, first, second];

        var parts = PlaceSides.Apart(members, [[town], [first], [second]]);

        Assert.Equal([[1], [2, 3]], parts.Select(p => p.Select(f => f.SourceId).ToArray()));
    }

    [Fact]
    public void A_town_set_against_a_site_placed_by_another_town_stays_a_rival()
    {
        var first = Place(1, 0, "The treaty was signed at a ceremony in Port Aldine on Monday.");
        var second = Place(2, 0, "The treaty was signed in the mountain town of Castel Serra on Monday.");
        List<Fact> members = [first, second];

        Assert.Same(members, Assert.Single(PlaceSides.Apart(members, [[first], [second]])));
    }

    [Fact]
    public void A_bare_town_set_against_another_bare_town_stays_a_rival()
    {
        var first = Place(1, 0, "The lorry overturned in Kelby on Friday.");
        var second = Place(2, 0, "The lorry overturned in Marsham on Friday.");
        List<Fact> members = [first, second];

        Assert.Same(members, Assert.Single(PlaceSides.Apart(members, [[first], [second]])));
    }

    private static Fact Place(int source, int index, string sentence) =>
        Assert.Single(FactExtractor.FromSentence(source, index, new TextSegment(sentence, 0, sentence.Length), null), f => f.Value.Kind == ValueKind.Place);
}
