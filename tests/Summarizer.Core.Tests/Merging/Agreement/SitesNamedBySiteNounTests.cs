using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A name that ends in a site's noun ("Low Garth Farm", "Fennick Zoo") calls the site by its kind, though the reader keeps
/// no head for it, so two outlets that each name one such site for one act disagree however they word it (invented sentences).
/// </summary>
public sealed class SitesNamedBySiteNounTests
{
    [Theory]
    [InlineData("The stone landed at Low Garth Farm overnight.", "farm")]
    [InlineData("The keepers searched at Fennick Zoo overnight.", "zoo")]
    public void A_name_ending_in_a_site_noun_is_of_that_kind(string sentence, string kind) =>
        Assert.Equal(kind, PlaceKinds.Of(OnePlace(sentence)));

    // Guard: a bare name says nothing of its kind.
    // A guard: it passes on the code before the site-noun reading too.
    [Fact]
    public void A_bare_name_has_no_kind() => Assert.Null(PlaceKinds.Of(OnePlace("The stone landed at Hollinsby overnight.")));

    [Fact]
    public void Two_outlets_naming_different_farms_for_one_landing_disagree()
    {
        var conflicts = PlaceConflicts(
            "A balloon carrying six passengers came down hard in a field at Low Garth Farm on Sunday evening.",
            "Six people were hurt when their balloon smashed into a barn roof at Keldside Farm.",
            "The balloon operator said its pilots would be retrained.");

        Assert.Single(conflicts);
    }
}
