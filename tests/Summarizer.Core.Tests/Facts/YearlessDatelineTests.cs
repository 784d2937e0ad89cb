using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A wire report dated only by a dateline without its year ("ORVIK, March 3 (OPA) -") is placed in the year of the
/// story's dated reports: its dates meet theirs, its relative days resolve, and it is ordered against later reports
/// (invented sentences).
/// </summary>
public sealed class YearlessDatelineTests
{
    private static readonly DateTimeOffset NextDay = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_date_in_a_report_with_a_yearless_dateline_agrees()
    {
        var groups = FactAligner.Align(FactExtractor.ExtractStory(
        [
            Article(1, "ORVIK, Estland, March 3 (OPA) - The first case of the outbreak was confirmed on Wednesday 25 February, officials said."),
            Article(2, "The first case of the outbreak was confirmed on Wednesday 25 February, officials said.", NextDay),
        ]));

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Date));
        Assert.Equal(AlignmentLabel.Agree, group.Label);
    }

    [Fact]
    public void A_later_report_updates_one_dated_by_a_yearless_dateline()
    {
        var groups = FactAligner.Align(FactExtractor.ExtractStory(
        [
            Article(1, "ORVIK, Estland, March 3 (OPA) - Seven people were taken to hospital after the Orvik gas leak, officials said."),
            Article(2, "The number of people taken to hospital after the Orvik gas leak has risen to 12, officials said.", NextDay),
        ]));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_relative_day_under_a_yearless_dateline_resolves_in_the_story_year_and_says_so()
    {
        var story = FactExtractor.ExtractStory(
        [
            Article(1, "ORVIK, Estland, March 3 (OPA) - The Orvik dam gave way on Sunday, flooding the lower town."),
            Article(2, "The Orvik dam gave way on Sunday 1 March, flooding the lower town.", NextDay),
        ]);

        var day = Assert.Single(story[0].Facts, f => f.Value.Kind == ValueKind.Date);
        Assert.Equal(new DateOnly(2026, 3, 1).DayNumber, day.Value.Range.Low);
        Assert.True(day.YearInferred);
        Assert.DoesNotContain(story[1].Facts, f => f.YearInferred);
    }

    [Fact]
    public void A_date_in_the_story_sentences_is_no_dateline()
    {
        var story = FactExtractor.ExtractStory(
        [
            Article(1, "The Orvik dam gave way on Sunday, and repairs are due to finish by March 30."),
            Article(2, "The Orvik dam gave way on Sunday 1 March, flooding the lower town.", NextDay),
        ]);

        Assert.Null(story[0].Anchor);
    }
}
