using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Place names read whole: a site opened by its owner's possessive, names joined by "of" or "and", parts inside a site,
/// a motorway's stretch by its junctions and a place called neighbouring (invented sentences).
/// </summary>
public sealed class PlaceNamesReadWholeTests
{
    [Theory]
    [InlineData("Fire crews were called to a blaze at the company's Renwick plant on Monday.", "at the company's Renwick plant", "plant")]
    [InlineData("The leak was found in the college's Dunmore Block on Friday.", "in the college's Dunmore Block", "block")]
    public void An_owner_s_possessive_opens_a_site_s_name(string sentence, string place, string head)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, head), (read.Text, read.Value.PlaceHead));
    }

    [Theory]
    [InlineData("The fire started in the former Dunmore Road mill on Friday.", "in the former Dunmore Road mill", "mill")]
    [InlineData("The goats escaped from pens at the Kelby farm overnight.", "at the Kelby farm", "farm")]
    public void A_site_noun_after_a_name_finishes_the_name(string sentence, string place, string head)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, head), (read.Text, read.Value.PlaceHead));
    }

    [Fact]
    public void An_owner_s_possessive_before_no_place_noun_is_no_place()
    {
        Assert.DoesNotContain(Read("The figures were printed in the firm's Quarterly Review."), f => f.Value.Kind == ValueKind.Place);
    }

    [Theory]
    [InlineData("The trawler ran aground in the Sound of Tarrow on Friday.", "Sound of Tarrow")]
    [InlineData("The stolen van was found in the Bell and Anchor car park.", "Bell and Anchor car park")]
    [InlineData("Smoke drifted over homes in neighbouring Corlby on Sunday.", "Corlby")]
    public void A_name_joined_by_of_or_and_or_called_neighbouring_is_read_whole(string sentence, string name)
    {
        Assert.Equal(NameKey.Of(name), OnePlace(sentence).Value.Name);
    }

    [Fact]
    public void Two_stretches_of_motorway_by_their_junctions_disagree()
    {
        var groups = PlaceConflicts(
            "The lorry overturned between junctions 6 and 7 of the M52 on Tuesday.",
            "The lorry overturned near junction 9 on Tuesday.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_stretch_between_junctions_lies_on_its_motorway()
    {
        Assert.Empty(PlaceConflicts(
            "The lorry overturned between junctions 6 and 7 on Tuesday.",
            "The lorry overturned on the M52 on Tuesday."));
    }

    [Fact]
    public void A_building_and_the_school_it_stands_in_are_one_place_at_two_grains()
    {
        Assert.Empty(PlaceConflicts(
            "The ceiling collapsed in the Ashdown Building on Tuesday morning.",
            "The ceiling collapsed at Penmore Academy on Tuesday morning."));
    }

    [Fact]
    public void Two_buildings_of_one_site_disagree()
    {
        var groups = PlaceConflicts(
            "The ceiling collapsed in the Ashdown Building on Tuesday morning.",
            "The ceiling collapsed in the Mercer Building on Tuesday morning.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }
}
