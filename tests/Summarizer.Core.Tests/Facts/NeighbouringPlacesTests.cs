using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A place named beside another ("on Kell Street, just off Fenner Square", "in front of the Old Exchange") is placed by
/// its neighbour, not inside it (invented sentences).
/// </summary>
public sealed class NeighbouringPlacesTests
{
    private static List<AlignedGroup> Places(params string[] texts) =>
        Align(texts).Where(g => g.Facts.First().Value.Kind == ValueKind.Place).ToList();

    [Theory]
    [InlineData("The stage collapsed on Kell Street, just off Fenner Square, at 6pm.", "on Kell Street, just off Fenner Square")]
    [InlineData("The stage, put up on Fenner Square in front of the Old Exchange, gave way at 6pm.", "on Fenner Square in front of the Old Exchange")]
    [InlineData("The van was found burnt out on Saltings Drove, beyond Marrow Bridge, on Monday.", "on Saltings Drove, beyond Marrow Bridge")]
    [InlineData("The stage had been built on the town's Fenner Square, right in front of the Old Exchange.", "on the town's Fenner Square, right in front of the Old Exchange")]
    public void A_neighbour_is_part_of_the_place_s_words_not_a_place_of_its_own(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal(place, read.Text);
    }

    [Fact]
    public void A_street_just_off_a_square_is_not_on_the_square()
    {
        var groups = Places(
            "The stage collapsed on Fenner Square at 6pm on Saturday.",
            "The stage collapsed on Kell Street, just off Fenner Square, at 6pm on Saturday.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
        Assert.Contains(group.Facts, f => f.Text == "on Kell Street, just off Fenner Square");
    }

    [Fact]
    public void A_lead_that_names_a_disputed_place_with_no_event_word_states_its_version()
    {
        var group = Assert.Single(PlaceConflicts(
            "The stage collapsed on Fenner Square at 6pm on Saturday.",
            "The stage collapsed on Kell Street, just off Fenner Square, at 6pm on Saturday.",
            "A stage fell on a crowd on Saturday night. The stage had been built on the town's Fenner Square."));
        Assert.Equal("Disagree: 1,3 | 2", Describe(group));
    }

    [Fact]
    public void A_lead_that_gives_part_of_a_version_s_words_does_not_cut_what_is_shown()
    {
        var group = Assert.Single(PlaceConflicts(
            "The stage collapsed on Fenner Square at 6pm on Saturday.",
            "The stage collapsed on Kell Street, just off Fenner Square, at 6pm on Saturday.",
            "A stage fell on a crowd on Saturday night. The stage had been built on Kell Street."));
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }
}
