using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Dates that hold or part versions of one date (invented sentences): a month holds each day inside it, as a rounded
/// figure holds its exact ones, so it sides with neither of two days that disagree; and two single days weeks apart
/// are different days, whatever a weekday's leniency lets their values meet.
/// </summary>
public sealed class DatesAcrossVersionsTests
{
    private static SourceIndex Index(int id, string text, DateTimeOffset published) => SourceIndex.Build(Article(id, text, published));

    private static DateTimeOffset On(int month, int day) => new(2026, month, day, 9, 0, 0, TimeSpan.Zero);

    // Nor does a weekday weeks after both (the day the ban ended) witness the version of the same weekday.
    [Fact]
    public void A_month_that_holds_both_days_sides_with_neither()
    {
        var (_, groups) = FactDisagreements.Align(
        [
            Index(1, "Kelby Council served a closure notice on Harran Oysters, which took effect on Thursday 12 November.", On(11, 13)),
            Index(2, "The notice, served by Kelby Council on Harran Oysters, took effect on Monday 9 November.", On(11, 17)),
            Index(3, "The harvest ban on Harran Oysters has since been lifted, and the first bags of oysters left the pier on Thursday. Kelby Council closed the oyster farm in November when routine tests found a toxin above the legal limit.", On(12, 11)),
        ], CancellationToken.None);

        var conflict = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Date));
        Assert.Equal(["1", "2"], conflict.Versions.Select(v => string.Join(",", v.Sources)).Order());
        Assert.DoesNotContain(conflict.Facts, f => f.SourceId == 3);
    }

    [Fact]
    public void A_weekday_gone_and_a_day_weeks_ahead_are_a_done_act_and_a_plan()
    {
        var voted = DateIn(1, "Last Tuesday councillors on the licensing committee approved a new fee of £335 for a driver's licence.", "Tuesday", On(11, 30));
        var fromJanuary = DateIn(2, "Hackney drivers in Redby will pay more for their badge from January 1 under the new fee.", "January 1", On(11, 27));

        Assert.Equal(DateTense.Past, voted.Tense);
        Assert.Equal(DateTense.ToCome, fromJanuary.Tense);
        Assert.True(DateTenses.PlanAndDone(voted, fromJanuary));
        Assert.False(FactMatching.SameThing(voted, fromJanuary, bothSole: true));
    }

    [Fact]
    public void A_weekday_and_its_own_date_are_still_one_day()
    {
        var planned = DateIn(1, "The licensing committee will vote on the new fee on Tuesday 24 November.", "Tuesday 24 November", On(11, 20));
        var voted = DateIn(2, "Councillors on the licensing committee approved the new fee on Tuesday.", "Tuesday", On(11, 25));

        Assert.False(DateTenses.PlanAndDone(planned, voted));
    }
}
