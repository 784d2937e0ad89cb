using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// How long a repair, a closure or a shortage still to run will last is only ever estimated, and outlets estimate it with
/// "could" and "may" as with "expected": the hedged span is that outlet's figure for the length, so it meets another
/// outlet's span of the same thing and disagrees with it when both cannot hold. Other hedged figures stay unstated.
/// </summary>
public sealed class EstimatedSpanTests
{
    [Theory]
    [InlineData("Linkway said on Monday that the repairs would take up to five days.", "Linkway told customers on Monday that the repairs could take up to ten days.")]
    [InlineData("The operator said the permanent repair could take up to ten days.", "The permanent repair to the damaged section will take three weeks.")]
    [InlineData("The glasshouses are expected to stand empty for at least three months.", "The glasshouses may stand empty for about six weeks while they are disinfected.")]
    public void A_hedged_span_meets_another_outlets_span(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Duration) && g.Sources.Count == 2);
    }

    [Fact]
    public void A_hedged_span_is_the_outlets_estimate()
    {
        var span = Assert.Single(Read("Engineers said the repairs could take up to ten days."), f => f.Value.Kind == ValueKind.Duration);

        Assert.Equal(FactMood.Modal, span.Mood);
        Assert.True(Outlays.Stated(span));
    }

    [Fact]
    public void A_hedged_count_stays_unstated()
    {
        var count = Assert.Single(Read("The council said it could cut 40 jobs at the depot."), f => f.Value.Kind == ValueKind.Count);

        Assert.Equal(FactMood.Modal, count.Mood);
        Assert.False(Outlays.Stated(count));
    }
}
