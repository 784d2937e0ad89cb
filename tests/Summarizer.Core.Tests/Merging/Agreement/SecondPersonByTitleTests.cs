using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A sentence that names one person in full may name a second by an honorific and surname alone ("Ms Varley"): its
/// words then tell two people's acts, and the one named in full did only their own clause. Someone who stood in the
/// crowd when another cut the ribbon did not cut it.
/// </summary>
public sealed class SecondPersonByTitleTests
{
    private const string Bridge = "The new footbridge over the Lenn at Ashcombe is open to walkers and cyclists.";

    [Fact]
    public void A_bystander_beside_a_doer_named_by_title_does_not_do_the_act()
    {
        var found = EventAgentFinder.Find(Sources(
            $"{Bridge} Parish clerk Rowena Tadcastle cut the ribbon in front of a crowd of walkers and schoolchildren.",
            $"{Bridge} Bernard Quillfeather has walked the river path for fifty years, and he stood at the front of the crowd when Ms Varley cut the ribbon.",
            Bridge), minVariantLength: 6);

        Assert.DoesNotContain(found, f => f.Item.Claims.Any(c => c.Text.EndsWith("Quillfeather", StringComparison.Ordinal)));
    }
}
