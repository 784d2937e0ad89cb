using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A "because" clause inside a view someone offers of the event ("inspectors believe the deck gave way because ...",
/// "the lift appears to have failed because ...") is that outlet's explanation, a version beside another outlet's cause
/// however differently the two name the event; a plain "because" clause still needs the event in common words.
/// </summary>
public sealed class CauseOfferedBecauseTests
{
    [Theory]
    [InlineData("Inspectors think it failed because rainwater had rotted the timbers.")]
    [InlineData("The walkway appears to have failed because rainwater had rotted the timbers.")]
    [InlineData("The walkway would seem to have failed because rainwater had rotted the timbers.")]
    [InlineData("The walkway does appear to have failed because rainwater had rotted the timbers.")]
    public void A_reason_within_an_offered_view_is_a_version(string second)
    {
        var found = CauseFinder.Find(Sources("The bridge closure was blamed on a cracked steel beam.", second));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_plain_reason_still_needs_the_event_in_common_words()
    {
        var found = CauseFinder.Find(Sources("The bridge closure was blamed on a cracked steel beam.", "The deck gave way because rainwater had rotted the timbers."));

        Assert.Empty(found);
    }
}
