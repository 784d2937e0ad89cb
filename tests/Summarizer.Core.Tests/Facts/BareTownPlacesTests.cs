using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A bare "in X" is where a happening took place when its clause tells the happening itself; it is compared with places
/// no finer than itself, never with a street or site the town may hold, nor beside a statement (invented sentences).
/// </summary>
public sealed class BareTownPlacesTests
{
    private static List<AlignedGroup> Places(params string[] texts) =>
        Align(texts).Where(g => g.Facts.First().Value.Kind == ValueKind.Place).ToList();

    [Fact]
    public void A_sinking_in_a_sound_and_one_north_of_a_headland_conflict()
    {
        var groups = Places(
            "The trawler Kestrel Maid sank in the Sound of Brenna late on Tuesday.",
            "The trawler Kestrel Maid sank twelve miles north of Tully Ness late on Tuesday.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_getaway_van_found_in_two_towns_conflicts()
    {
        var groups = Places(
            "The getaway van was later found burnt out in Marlow End.",
            "The getaway van was later found burnt out in Cressley.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_bare_town_is_no_other_version_of_a_street_it_may_hold()
    {
        var groups = Places(
            "The getaway van was later found burnt out in Marlow End.",
            "The getaway van was later found burnt out on Tamar Lane.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void The_town_beside_a_statement_is_no_place_of_the_happening()
    {
        var groups = Places(
            "The mayor announced the plan in Hexley on Monday.",
            "The mayor announced the plan in Dornby on Monday.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }
}
