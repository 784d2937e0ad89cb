using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A cause two outlets word differently is shown in words each of them writes: the opening of one outlet's phrase that
/// every outlet of the version mostly says, cut only where the rest tells more of the thing (a participle, where it was),
/// never past a name one of them does not give.
/// </summary>
public sealed class CauseSharedWordingTests
{
    [Fact]
    public void A_version_worded_two_ways_is_shown_in_words_both_outlets_write()
    {
        var found = CauseFinder.Find(Sources(
            "The outage was caused by a firmware patch pushed overnight by Telvane Networks.",
            "A faulty firmware patch was blamed for the outage.",
            "The outage was caused by a lightning strike on the relay mast."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["A faulty firmware patch [1,2]", "a lightning strike on the relay mast [3]"], disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void The_shared_wording_stops_before_a_name_only_one_outlet_gives()
    {
        var found = CauseFinder.Find(Sources(
            "The outage was caused by a firmware patch from Telvane.",
            "A firmware patch from Ostrel was blamed for the outage.",
            "The outage was caused by a lightning strike on the relay mast."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("a firmware patch [1,2]", $"{disagreement.Claims[0].Text} [{string.Join(",", disagreement.Claims[0].Sources)}]");
    }

    [Fact]
    public void The_shared_wording_may_end_where_the_cause_is_named_before_what_it_did()
    {
        var found = CauseFinder.Find(Sources(
            "Engineers said a leak in a valve at the Marsh Lane pumping station had flooded the control room.",
            "The utility repeated that a valve leak at Marsh Lane was the cause.",
            "The blackout was blamed on a digger cutting a cable."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal("a leak in a valve at the Marsh Lane pumping station [1,2]", $"{disagreement.Claims[0].Text} [{string.Join(",", disagreement.Claims[0].Sources)}]");
    }
}
