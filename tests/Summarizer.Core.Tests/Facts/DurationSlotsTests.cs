using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// How long the story's event lasted is one figure of the story: each outlet's one span of time, told early, meets the
/// others' even when the sentences share no words; a span some other occasion sets ("ago", a record) stays apart.
/// </summary>
public sealed class DurationSlotsTests
{
    private static List<AlignedGroup> Durations(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Duration)).ToList();

    [Fact]
    public void Each_outlets_one_span_of_the_event_is_one_figure()
    {
        var groups = Durations(
            "The baggage system at Kelford airport broke down before dawn. It was running again by early afternoon, about nine hours after it failed.",
            "Holidaymakers at Kelford were left stranded. Passengers endured six hours of misery before the belts started moving again.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void A_span_of_another_occasion_does_not_fill_the_slot()
    {
        var groups = Durations(
            "The baggage system at Kelford airport broke down before dawn. It was running again by early afternoon, about nine hours after it failed.",
            "Holidaymakers at Kelford were left stranded. The last such failure, two years ago, was fixed within the hour.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_span_told_up_to_the_events_end_meets_one_told_as_its_length()
    {
        var groups = Durations(
            "A lorry fire closed the Dunholm tunnel on Friday. Traffic was kept out of the tunnel for eight hours.",
            "Drivers queued for miles near Dunholm. The tunnel finally reopened after 14 hours.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void A_span_after_which_something_else_began_stays_apart_from_the_events_hours()
    {
        var groups = Durations(
            "A lorry fire closed the Dunholm tunnel on Friday. Traffic was kept out of the tunnel for eight hours.",
            "Drivers queued for miles near Dunholm. The tunnel reopened after six years of repairs last spring.");

        Assert.Empty(groups);
    }

    [Fact]
    public void The_window_of_a_tally_fills_no_slot()
    {
        var groups = Durations(
            "Brayfield Software is cutting jobs, a retreat for a firm that doubled its staff in four years.",
            "Some figures worth knowing. This is the second round of cuts at Brayfield in 18 months.");

        Assert.Empty(groups);
    }
    [Fact]
    public void How_often_something_recurs_is_not_how_long_it_lasts()
    {
        var groups = Durations(
            "A new shuttle to Marlow Quay began on Monday. Shuttles run every 10 minutes, and the crossing takes eight minutes.",
            "Ferry users at Marlow welcomed the shuttle. The trip to the quay takes 25 minutes.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
        Assert.DoesNotContain(group.Facts, f => f.Value.Range.High == 600);
    }

    [Fact]
    public void Two_outlets_gaps_between_repeats_are_one_measure()
    {
        var groups = Durations(
            "A new shuttle to Marlow Quay began on Monday. Shuttles run every 10 minutes from the station.",
            "Ferry users at Marlow welcomed the shuttle. Shuttles run every 20 minutes from the station, the operator said.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void A_late_background_span_leaves_the_events_span_in_the_slot()
    {
        var groups = Durations(
            "A lorry fire closed the Dunholm tunnel on Friday. Traffic was kept out of the tunnel for eight hours. Drivers were sent through the town centre. Police thanked the public for their patience. Shops in the centre said trade was slow. The volunteer drivers' scheme in the town has run for twelve years.",
            "Drivers queued for miles near Dunholm. The tunnel finally reopened after 14 hours.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void A_record_word_beside_a_span_tells_of_another_amount()
    {
        var groups = Durations(
            "A train broke down outside Corbridge on Sunday night. Passengers were stuck on board for up to three hours, with the temperature recorded at -8C.",
            "Rail passengers spent a freezing night near Corbridge. The train sat outside the station for five hours before it was towed away.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }

    [Fact]
    public void Far_apart_estimates_of_how_long_one_closure_lasts_are_one_figure()
    {
        var groups = Durations(
            "The Tarnby pool shut on Monday after a pump failed. Managers said it would stay closed for two weeks. The council has apologised to swimming clubs, and lessons moved to Helby for ten days.",
            "Swimmers face a long wait at Tarnby. The pool is likely to stay closed for around three months while the plant room is rebuilt. Lessons have moved to Helby for a week.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Text.Contains("three months", StringComparison.Ordinal)));
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }
}
