using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A site named with a word that says what became of it ("the former Larch Ward", "the old Fernside Tannery site") is
/// read by its name, which the word is no part of (invented sentences).
/// </summary>
public sealed class SitesThatChangedUseTests
{
    [Theory]
    [InlineData("A temporary handover unit will open in the former Larch Ward next month.", "Larch Ward")]
    [InlineData("A new knitting hall will go up on the old Fernside Tannery site beside the mill.", "Fernside Tannery site")]
    [InlineData("The depot stands on the site of the former Ashby Brickworks, the council said.", "Ashby Brickworks")]
    [InlineData("Squatters were found at the disused Carrow Lane depot on Tuesday.", "Carrow Lane depot")]
    public void A_word_saying_what_became_of_a_site_opens_its_name(string sentence, string name)
    {
        Assert.Equal(NameKey.Of(name), OnePlace(sentence).Value.Name);
    }

    [Fact]
    public void Two_sites_named_one_as_former_disagree()
    {
        var groups = PlaceConflicts(
            "The trust said the handover unit would open in the former Larch Ward on Monday.",
            "The trust said the handover unit would open in Rowan Ward on Monday.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_site_named_as_former_and_named_plainly_is_one_place()
    {
        Assert.Empty(PlaceConflicts(
            "The trust said the handover unit would open in the former Larch Ward on Monday.",
            "The trust said the handover unit would open in Larch Ward on Monday."));
    }

    [Fact]
    public void An_old_or_new_word_before_no_name_reads_no_place()
    {
        Assert.DoesNotContain(Read("The club will stay on the old terms until the new season."), f => f.Value.Kind == ValueKind.Place);
    }
}
