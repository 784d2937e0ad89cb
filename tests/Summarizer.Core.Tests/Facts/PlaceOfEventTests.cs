using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where an event happened, read from prepositions other than "in" and tied to the event it is the place of; a street and
/// the town it is in are one place at two grains (invented sentences).
/// </summary>
public sealed class PlaceOfEventTests
{
    private static List<AlignedGroup> Places(params string[] texts) =>
        Align(texts).Where(g => g.Facts.First().Value.Kind == ValueKind.Place).ToList();

    [Fact]
    public void A_site_s_kind_in_lowercase_words_finishes_its_name()
    {
        var place = Assert.Single(Read("The fault began at the Brinmoor switching station on Sunday."), f => f.Value.Kind == ValueKind.Place);

        Assert.Equal(("station", NameKey.Of("Brinmoor switching station")), (place.Value.PlaceHead, place.Value.Name));
    }

    [Fact]
    public void A_road_by_its_number_is_where_drivers_were_stranded()
    {
        var groups = Places(
            "Hundreds of drivers were stranded overnight on the B712 near Ashcombe.",
            "The drivers were stranded overnight on the A48 outside Pennick.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Landfall_over_a_town_and_at_another_town_conflict()
    {
        var groups = Places(
            "Typhoon Mirel made landfall over Brisa Point early on Friday.",
            "Typhoon Mirel came ashore at Luma Bay, a port 60 km south of Brisa Point.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void The_part_of_a_place_names_the_place()
    {
        var groups = Places(
            "The rockfall tore loose from the flank of Monte Arco before dawn.",
            "The rockfall started on the western slope of the Pizzo ridge before dawn.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.Contains(group.Facts, f => f.Text == "on the western slope of the Pizzo ridge");
    }

    [Theory]
    [InlineData("The crater, on Mercer Terrace, was fenced off by noon.", "on Mercer Terrace", "terrace")]
    [InlineData("Boats were moored on Lister Quay overnight.", "on Lister Quay", "quay")]
    [InlineData("Residents on Coppice Crescent were told to stay indoors.", "on Coppice Crescent", "crescent")]
    public void Street_and_waterside_kinds_finish_a_place_s_name(string sentence, string place, string head)
    {
        var read = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Place);

        Assert.Equal((place, head), (read.Text, read.Value.PlaceHead));
    }

    [Theory]
    [InlineData("A gas main fractured in Linnet Close before dawn.", "in Linnet Close", "close")]
    [InlineData("The culvert that gave way on Abbot's Mews had been patched in May.", "on Abbot's Mews", "mews")]
    [InlineData("Families in Harrow Grove were kept out of their homes.", "in Harrow Grove", "grove")]
    public void More_kinds_of_residential_street_finish_a_place_s_name(string sentence, string place, string head)
    {
        var read = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Place);

        Assert.Equal((place, head), (read.Text, read.Value.PlaceHead));
    }

    [Fact]
    public void A_street_and_the_town_it_is_in_are_one_place()
    {
        var groups = Places(
            "Fighting broke out on Harrow Lane as the crowd left the stadium.",
            "Fighting broke out in the town of Dunfield as the crowd left the stadium.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Two_streets_for_one_event_conflict()
    {
        var groups = Places(
            "Fighting broke out on Harrow Lane as the crowd left the stadium.",
            "Fighting broke out on Mill Row as the crowd left the stadium.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_place_the_sentence_puts_the_first_in_is_no_other_place()
    {
        var groups = Places(
            "The fire started at Lowen Mill in Brackton, officers said.",
            "The fire started in the town of Brackton, officers said.",
            "The fire started at Cole Depot, officers said.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.Contains(group.Versions, v => v.Sources.SequenceEqual([1, 2]));
    }

    [Fact]
    public void The_event_a_start_verb_is_said_of_owns_the_place()
    {
        var groups = Places(
            "The armed stand-off with police began at a house in Corby Lane.",
            "The armed man was holed up by police in a flat in Vane Street.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.Equal("held", group.Facts.First().Frame);
    }

    [Fact]
    public void The_only_place_each_source_gives_for_the_outbreak_of_trouble_is_its_place()
    {
        var groups = Places(
            "Trouble flared outside the Town Hall and two officers were hurt.",
            "Scuffles broke out near Orrin Bridge, leaving an officer injured.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Theory]
    [InlineData("The council voted on the Harbour Bill on Monday.")]
    [InlineData("Volunteers came from Dunmore to help.")]
    [InlineData("The mayor spoke on Radio Kelby about the flood.")]
    public void On_and_from_read_only_what_says_it_is_a_place(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    [Fact]
    public void A_possessive_inside_a_street_name_is_part_of_it()
    {
        var place = Assert.Single(Read("The siege ended at a flat in Tanner's Lane."), f => f.Value.Kind == ValueKind.Place);

        Assert.EndsWith("in Tanner's Lane", place.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_a_named_site_lies_is_compared_between_sources_that_place_it()
    {
        var groups = Places(
            "The outbreak was confirmed at Hollin Bank Farm, near the village of Tresk, on Monday.",
            "Vets culled the flock at Hollin Bank Farm on the outskirts of Marlow this week.");

        var group = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.Equal("Hollin Bank Farm", group.Facts.First().Frame);
    }

    [Fact]
    public void Places_of_two_different_sites_are_not_compared()
    {
        var groups = Places(
            "The outbreak was confirmed at Hollin Bank Farm, near the village of Tresk, on Monday.",
            "A second case was found at Cole Brook Farm on the outskirts of Marlow this week.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_site_named_by_a_common_noun_is_placed_by_the_name_after_it()
    {
        var groups = Places(
            "The blaze started in a hay barn in Corley shortly after midnight.",
            "The blaze started at a timber yard in Wendham shortly after midnight.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.Contains(group.Facts, f => f.Text == "in a hay barn in Corley");
    }

    [Fact]
    public void A_stretch_of_road_named_by_where_it_leads_is_the_place_it_names()
    {
        var groups = Places(
            "Dozens of lorries were stuck overnight on the A91 at Hatton Pass.",
            "Dozens of lorries were stuck overnight on the climb to Hatton Pass.",
            "Dozens of lorries were stuck overnight on the B40 outside Mossley.");

        Assert.Equal("Disagree: 1,2 | 3", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_junction_is_written_with_both_ways_that_meet_there()
    {
        var groups = Places(
            "Two buses collided at the junction of Albion Road and Kettle Street in Marsden.",
            "Two buses collided at Harbour Square in Marsden.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.StartsWith("at the junction of Albion Road and Kettle Street", group.Versions[0].First.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrasal_verb_with_a_reflexive_inside_still_says_where_someone_was_held()
    {
        var groups = Places(
            "The gunman holed himself up in a flat in Pryor Street.",
            "The gunman was holed up in Dell Lane all night.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.Equal("held", group.Facts.First().Frame);
    }

    [Theory]
    [InlineData("The fire started in a barn near the river.")]
    [InlineData("The council acted in response to Harwell Council's demands.")]
    [InlineData("The mayor said so in a letter to Harwell Council.")]
    public void A_common_noun_with_no_name_placing_it_is_no_place(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Text.Contains(" a ", StringComparison.Ordinal));

    [Fact]
    public void A_site_placed_by_its_region_and_the_same_site_by_name_do_not_conflict()
    {
        var groups = Places(
            "Vets confirmed the outbreak at a duck farm in Harland on Monday.",
            "Vets confirmed the outbreak at Mossgate Farm on Monday.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void An_idiom_of_motion_is_not_read_as_a_site()
    {
        var place = Assert.Single(Read("The lorry came off the road outside Benton late on Friday."), f => f.Value.Kind == ValueKind.Place);

        Assert.Equal("outside Benton", place.Text);
    }
}
