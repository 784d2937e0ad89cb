using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A weak clause ("visitors were sent home early after the drive belt slipped off its pulley") that names what another
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
            "The mill wheel at the museum stopped turning on Saturday. The museum blamed a worn drive belt.",
            "Visitors were sent home early on Saturday after the drive belt slipped off its pulley.",
            "The volunteers who run the mill blamed the stoppage on a frozen sluice gate."));

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
