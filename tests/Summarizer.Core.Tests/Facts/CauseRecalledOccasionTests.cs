using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "when" set off after a bare year ("was in 2009, when a running rail came loose") tells what happened on an earlier
/// occasion the story recalls, so what failed then is no cause of this event; a "when" clause of the event's own time
/// ("flooded on Tuesday, when a valve failed") still is.
/// </summary>
public sealed class CauseRecalledOccasionTests
{
    [Theory]
    [InlineData("The last time racing at the course was called off on safety grounds was in 2009, when a running rail came loose.")]
    [InlineData("The line was last closed in 1998, when a signal failed near the tunnel.")]
    [InlineData("It has not flooded like this since 2012, when a sluice gate failed.")]
    public void A_failure_in_a_recalled_year_is_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Theory]
    [InlineData("The pumping station flooded on Tuesday, when a valve failed.", "a valve failed")]
    [InlineData("The lights went out at 9pm, when a cable failed.", "a cable failed")]
    public void A_failure_at_the_events_own_time_is_still_read(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_recalled_failure_does_not_join_an_outlets_version_to_another()
    {
        var found = CauseFinder.Find(Sources(
            "Officials believe it was caused by a collapsed land drain running beneath the track.",
            "The course said the hollow had been caused by a leaking water main under the home straight. "
                + "The last time racing at the course was called off was in 2009, when a running rail came loose."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
