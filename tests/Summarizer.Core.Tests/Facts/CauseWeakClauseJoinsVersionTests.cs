using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A weak clause ("skiers were lowered by rope after the drive belt slipped off its pulley") that names what another
/// outlet states as the cause ("blamed a worn drive belt") is that outlet's version told again, so it joins the version
/// whatever effect each clause tells; it is no rival of its own. Not where the stating outlet itself tells the clause's
/// words as what its event came after ("closed after its roof sagged" beside "blamed a cracked roof truss"): there the
/// clause is the event, which the stated cause explains.
/// </summary>
public sealed class CauseWeakClauseJoinsVersionTests
{
    [Fact]
    public void A_weak_clause_naming_a_stated_cause_joins_that_version()
    {
        var found = CauseFinder.Find(Sources(
            "The chairlift at the resort stopped for three hours on Saturday. The resort blamed a worn drive belt.",
            "Skiers were lowered to the snow by rope on Saturday after the drive belt slipped off its pulley.",
            "The owners of the resort blamed the stoppage on an ice storm."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1, 2], [3]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_weak_clause_the_stating_outlet_tells_as_its_event_joins_nothing()
    {
        var found = CauseFinder.Find(Sources(
            "The tram depot closed on Monday after its roof sagged. The operator blamed a cracked roof truss.",
            "Evening trams were cancelled on Monday after the depot roof sagged.",
            "The insurer blamed heavy snow for the damage."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [3]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
