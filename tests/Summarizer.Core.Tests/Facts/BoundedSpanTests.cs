using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A span of time told as a bound ("up to three hours") or a range ("four to six weeks") is still a value of how long
/// something lasted: it meets a plain span of another source, and disagrees with it only when both cannot hold.
/// </summary>
public sealed class BoundedSpanTests
{
    [Theory]
    [InlineData("Residents were left without water for up to two days.", "Residents were left without water for nearly five days.")]
    [InlineData("Shoppers were kept inside the centre for up to 90 minutes.", "Shoppers were kept inside the centre for more than four hours.")]
    [InlineData("The ferry was stuck on the sandbank for up to six hours.", "The ferry was stuck on the sandbank for 11 hours.")]
    public void A_bound_and_a_span_past_it_disagree(string bound, string plain)
    {
        var groups = Align(bound, plain);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Duration));
    }

    [Theory]
    [InlineData("The pool will stay closed for four to six weeks.", "The pool will stay closed for three months.")]
    [InlineData("The pool will stay closed for at least two weeks.", "The pool will stay closed for seven to ten days.")]
    [InlineData("The gallery will be shut for two or three days.", "The gallery will be shut for eight days.")]
    public void A_range_and_a_span_outside_it_disagree(string range, string other)
    {
        var groups = Align(range, other);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Duration));
    }

    [Theory]
    [InlineData("The road was closed for up to three hours.", "The road was closed for two hours.")]
    [InlineData("Patients waited for up to five hours in the corridor.", "Patients waited for about four hours in the corridor.")]
    public void A_span_within_the_bound_does_not_disagree(string bound, string plain)
    {
        var groups = Align(bound, plain);

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Theory]
    [InlineData("Power was back on across the estate within four hours.", 4 * 3600)]
    [InlineData("The council hopes to clear the debris within three weeks.", 3 * 7 * 86400)]
    [InlineData("Most flights resumed within 90 minutes of the alert.", 90 * 60)]
    public void A_span_within_which_something_happens_is_bounded(string sentence, int highSeconds)
    {
        var span = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Duration);

        Assert.True(span.Value.IsCap);
        Assert.Equal(highSeconds, span.Value.Range.High, 1);
        Assert.True(double.IsNegativeInfinity(span.Value.Range.Low));
    }

    [Fact]
    public void A_range_inside_a_bound_keeps_the_bound_at_its_far_end()
    {
        var span = Assert.Single(Read("Officials expect the queues to clear within two to three days."), f => f.Value.Kind == ValueKind.Duration);

        Assert.Equal(3 * 86400, span.Value.Range.High, 1);
        Assert.True(span.Value.IsCap);
    }

    [Theory]
    [InlineData("The ferry service will be suspended for four to six weeks.", 4, 6, 7 * 86400)]
    [InlineData("Repairs to the viaduct should take two or three days.", 2, 3, 86400)]
    [InlineData("The exhibition hall will close for 10 to 12 days while its roof is mended.", 10, 12, 86400)]
    public void A_range_of_time_is_read_whole(string sentence, int low, int high, int unitSeconds)
    {
        var span = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Duration);

        Assert.Equal(low, span.Value.Range.Low / unitSeconds, 1);
        Assert.Equal(high, span.Value.Range.High / unitSeconds, 1);
    }
}
