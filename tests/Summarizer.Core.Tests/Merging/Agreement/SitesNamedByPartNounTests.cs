using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A noun that can name a part of a place ("the centre of Dunsby") names a site by its kind when the site's own name ends
/// in it ("Wexley Leisure Centre", "the Hollin Road centre"): such a site has a kind, as "Carrowmore Airport" has, and
/// two outlets that each name one such site for one act disagree (invented sentences).
/// </summary>
public sealed class SitesNamedByPartNounTests
{
    [Theory]
    [InlineData("Evacuated families spent the night at Wexley Leisure Centre.")]
    [InlineData("He was stopped at the Hollin Road centre in Corvel.")]
    public void A_name_ending_in_a_part_noun_is_a_site_of_that_kind(string sentence)
    {
        Assert.Equal("centre", PlaceKinds.Of(OnePlace(sentence)));
    }

    // Guard: "the centre of X" and "X town centre" are still a part of X, with no kind of its own.
    // A guard: it passes on the code before the part-noun reading too; it keeps a town's centre a part.
    [Theory]
    [InlineData("The parade was held in the centre of Dunsby.")]
    [InlineData("The notice was lifted for homes in Dunsby town centre.")]
    public void The_centre_of_a_town_is_a_part(string sentence)
    {
        Assert.Null(PlaceKinds.Of(OnePlace(sentence)));
    }

    [Fact]
    public void Two_outlets_naming_different_centres_for_one_act_disagree()
    {
        var conflicts = PlaceConflicts(
            "A man who sat driving theory tests for other people has been jailed. He was caught at the test centre in Pellham.",
            "A man who sat driving theory tests for other people has been jailed. His luck ran out at the Hollin Road centre in Corvel, where staff called police.",
            "A man who sat driving theory tests for other people has been jailed for eight months.");

        Assert.Single(conflicts);
    }
}
