using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A "when" clause of failing ("woke to a flood when a huge tank burst") may tell the event itself, not what caused it:
/// where an outlet that states another cause names the thing that failed, the failure is the story's incident and the
/// stated cause its origin, not a rival version. A failed thing the other outlet never names is still a rival.
/// </summary>
public sealed class CauseEventRetoldTests
{
    [Fact]
    public void A_failure_the_stating_outlet_tells_as_the_event_is_no_rival()
    {
        var found = CauseFinder.Find(Sources(
            "Neighbours woke to a river of cider when a huge tank burst at the works.",
            "The works believes a relief valve that failed to open caused the vessel to split. Pressure had risen inside the tank overnight."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_section_that_gave_way_is_the_event_an_inspection_explains()
    {
        var found = CauseFinder.Find(Sources(
            "Six riders were inside the slide when the section gave way on Sunday.",
            "The section came away from the frame on Sunday. Early findings point to rusted bolts in the joint."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_failed_thing_the_other_outlet_never_names_is_still_a_rival()
    {
        var found = CauseFinder.Find(Sources(
            "The lift dropped two floors when a cable snapped.",
            "The operator said the drop was caused by a faulty brake."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(2, disagreement.Claims.Count);
    }
}
