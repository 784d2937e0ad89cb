using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>A bulletin's dateline gives the hour of the report with its day: no moment of the story.</summary>
public sealed class DatelineTimesTests
{
    [Fact]
    public void A_bulletins_hour_in_its_dateline_is_no_time_of_the_story()
    {
        const string Text = "Harbour Radio news, Monday 23 November 2026, 9am bulletin\n\nCrews were called to the boatyard fire at 3.48am.";
        var facts = FactExtractor.Extract(FactTestKit.Article(1, Text, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))).Facts;

        var time = Assert.Single(facts, f => f.Value.Kind == ValueKind.TimeOfDay);
        Assert.Equal("3.48am", time.Text);
    }
}
