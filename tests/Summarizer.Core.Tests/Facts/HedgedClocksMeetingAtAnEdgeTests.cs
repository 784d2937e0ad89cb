using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two hedged clock times whose reaches meet only at one edge minute are two readings of the clock, not one moment
/// read more and less precisely (invented sentences).
/// </summary>
public sealed class HedgedClocksMeetingAtAnEdgeTests
{
    private static FactValue Clock(string sentence) =>
        Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.TimeOfDay).Value;

    [Fact]
    public void About_a_quarter_past_and_shortly_before_the_hour_are_different_times()
    {
        var about = Clock("The ice gave way at about 3.15pm.");
        var before = Clock("The ice cracked beneath them shortly before 4pm.");

        Assert.False(about.Compatible(before));
        Assert.False(before.Compatible(about));
    }

    [Fact]
    public void Hedged_times_whose_reaches_overlap_still_agree()
    {
        var about = Clock("The ice gave way at about 3.30pm.");
        var before = Clock("The ice cracked beneath them shortly before 4pm.");

        Assert.True(about.Compatible(before));
    }

    [Fact]
    public void A_clock_time_inside_a_hedged_one_still_agrees()
    {
        Assert.True(Clock("The ice gave way at 3.30pm.").Compatible(Clock("The ice cracked beneath them shortly before 4pm.")));
    }
}
