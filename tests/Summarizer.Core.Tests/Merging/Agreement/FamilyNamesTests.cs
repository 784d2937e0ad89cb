using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A surname written only as the name of a family or of a body called after it ("the Penhale family", "Penhale Farm
/// Shop") names none of its people, so an outlet writing it so has not named the person another outlet credits.
/// </summary>
public sealed class FamilyNamesTests
{
    private const string Show = "A pork pie from Penhale Farm Shop was named the best in the county at the Dunmere show on Sunday.";

    [Fact]
    public void A_surname_naming_only_a_family_and_its_shop_does_not_name_the_person()
    {
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Show} The pie was baked by the shop's head baker, Ida Marwood. The Penhale family have run the farm for a century.",
            $"{Show} Farmer Tobias Penhale, who baked the pie, keeps pigs on the farm.",
            Show), minVariantLength: 6);

        var (_, _, disagreement) = Assert.Single(found.Told.Concat(found.Held));
        Assert.Collection(
            disagreement.Claims,
            c => Assert.EndsWith("Ida Marwood", c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith("Tobias Penhale", c.Text, StringComparison.Ordinal));
    }

    // A guard: it passes on the code before NamesGroup too (run there at the session-60 reread); it keeps the rule from
    // forgetting a person an outlet names in full.
    [Fact]
    public void An_outlet_naming_the_person_in_full_still_knows_them()
    {
        // A guard: the outlet that also names the person in full still knows them, whatever group it names after them.
        var found = EventAgentFinder.FindBoth(Sources(
            $"{Show} The pie was baked by the shop's head baker, Ida Marwood, with Tobias Penhale.",
            $"{Show} Farmer Tobias Penhale, who baked the pie, keeps pigs on the farm.",
            Show), minVariantLength: 6);

        Assert.Empty(found.Told.Concat(found.Held));
    }
}
