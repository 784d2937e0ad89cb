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

    [Fact]
    public void A_bare_name_after_at_set_against_a_street_is_aligned_apart()
    {
        var town1 = Place(1, 0, "The barge sank at Kelby on Friday morning.");
        var town2 = Place(2, 0, "The barge sank at Kelby on Friday morning.");
        var street = Place(3, 0, "The barge sank on Tanner Street on Friday morning.");
        List<Fact> members = [town1, town2, street];

        var parts = PlaceSides.Apart(members, [[town1, town2], [street]]);

        Assert.Equal([[1, 2], [3]], parts.Select(p => p.Select(f => f.SourceId).ToArray()));
    }

    [Fact]
    public void A_bare_name_after_at_that_the_story_puts_things_in_set_against_a_street_is_aligned_apart()
    {
        var town1 = Place(1, 0, "The barge sank at Kelby in Marsham on Friday morning.");
        var town2 = Place(2, 0, "The barge sank at Kelby in Marsham on Friday morning.");
        var street = Place(3, 0, "The barge sank on Tanner Street on Friday morning.");
        var livesIn = Place(2, 1, "The lock keeper has lived in Kelby for years.");
        List<Fact> members = [town1, town2, street];

        var parts = PlaceSides.Apart(members, [[town1, town2], [street]], [livesIn]);

        Assert.Equal([[1, 2], [3]], parts.Select(p => p.Select(f => f.SourceId).ToArray()));
    }

    [Fact]
    public void A_bare_name_after_at_placed_by_a_town_stays_a_rival_of_a_street()
    {
        var shop1 = Place(1, 0, "The crush happened at Tulliver in Wrenfield on Friday morning.");
        var shop2 = Place(2, 0, "The crush happened at Tulliver in Wrenfield on Friday morning.");
        var street = Place(3, 0, "The crush happened on Tanner Street on Friday morning.");
        List<Fact> members = [shop1, shop2, street];

        Assert.Same(members, Assert.Single(PlaceSides.Apart(members, [[shop1, shop2], [street]], [])));
    }

    [Fact]
    public void A_bare_name_after_at_set_against_another_stays_a_rival()
    {
        var first = Place(1, 0, "The barge sank at Kelby on Friday morning.");
        var second = Place(2, 0, "The barge sank at Marsham on Friday morning.");
        List<Fact> members = [first, second];

        Assert.Same(members, Assert.Single(PlaceSides.Apart(members, [[first], [second]])));
    }

    [Fact]
    public void A_destination_set_against_the_place_of_an_outlet_that_tells_the_move_is_aligned_apart()
    {
        var moved1 = Place(1, 0, "Four patients were moved to Kelbarrow Royal Hospital on Monday.");
        var moved2 = Place(2, 0, "Four patients were moved to Kelbarrow Royal Hospital on Monday.");
        var cancelled = Place(3, 0, "Operations were called off at Calverleigh General Hospital on Monday.");
        var movedBy3 = Place(3, 1, "Four patients were moved to Kelbarrow Royal Hospital on Monday.");
        List<Fact> members = [moved1, moved2, cancelled];

        var parts = PlaceSides.Apart(members, [[moved1, moved2], [cancelled]], [moved1, moved2, movedBy3]);

        Assert.Equal([[1, 2], [3]], parts.Select(p => p.Select(f => f.SourceId).ToArray()));
    }

    [Fact]
    public void A_destination_set_against_a_place_whose_outlet_never_tells_the_move_stays_a_rival()
    {
        var moved1 = Place(1, 0, "Four patients were moved to Kelbarrow Royal Hospital on Monday.");
        var moved2 = Place(2, 0, "Four patients were moved to Kelbarrow Royal Hospital on Monday.");
        var treated = Place(3, 0, "Four patients were treated at Calverleigh General Hospital on Monday.");
        List<Fact> members = [moved1, moved2, treated];

        Assert.Same(members, Assert.Single(PlaceSides.Apart(members, [[moved1, moved2], [treated]], [moved1, moved2])));
    }

    private static Fact Place(int source, int index, string sentence) =>
        Assert.Single(FactExtractor.FromSentence(source, index, new TextSegment(sentence, 0, sentence.Length), null), f => f.Value.Kind == ValueKind.Place);
}
