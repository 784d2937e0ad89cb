using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Where a court passed sentence is not where the act it punished happened, though a court story tells both in one
/// sentence and so shares the act's words (invented sentences).
/// </summary>
public sealed class PenaltyPlacesTests
{
    [Fact]
    public void The_court_a_fine_was_passed_at_is_no_rival_of_the_place_of_the_act()
    {
        var conflicts = PlaceConflicts(
            "A steel beam dropped by a builder's crew crushed a parked van in a yard on Marrow Lane.",
            "A builder whose crew dropped a steel beam onto a parked van was fined £4,000 at Ashgrove Crown Court.",
            "The builder said he regretted the damage.");

        Assert.Empty(conflicts);
    }

    // A guard: it passes on the code before the penalty frame too; it keeps that frame from parting two courts.
    [Fact]
    public void Two_courts_a_fine_was_passed_at_still_disagree()
    {
        var conflicts = PlaceConflicts(
            "A builder whose crew dropped a steel beam onto a parked van was fined £4,000 at Ashgrove Crown Court.",
            "A builder whose crew dropped a steel beam onto a van was fined £4,000 at Pellham Crown Court.",
            "The builder said he regretted the damage.");

        Assert.Single(conflicts);
    }
}
