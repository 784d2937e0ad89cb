using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Dates and times belong to one event only when the same event words anchor them; a time carries its day; the
/// value of a different event, occurrence or day of news is no conflict (invented sentences).
/// </summary>
public sealed class EventAnchoringTests
{
    [Fact]
    public void A_time_is_read_with_its_day_and_the_day_stands_no_more_alone()
    {
        var groups = Align("The dam gave way at 9pm on Friday, officials said.", "The dam gave way at 9pm on Saturday, officials said.");

        var group = Assert.Single(groups);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.All(group.Facts, f => Assert.Equal(ValueKind.TimeOfDay, f.Value.Kind));
        Assert.Equal("9pm on Friday", group.Versions[0].First.Text);
        Assert.All(group.Facts, f => Assert.Null(f.DayText));
    }

    [Fact]
    public void A_time_on_a_day_placed_without_the_article_date_is_not_judged_by_that_day()
    {
        var thursday = new FactValue(ValueKind.Date, Interval.Point(new DateOnly(2026, 1, 15).DayNumber), "day") { Weekday = DayOfWeek.Thursday };
        var guessed = new FactValue(ValueKind.Date, Interval.Point(new DateOnly(2001, 1, 15).DayNumber), "day");
        var friday = new FactValue(ValueKind.Date, Interval.Point(new DateOnly(2026, 1, 16).DayNumber), "day");
        var at = new FactValue(ValueKind.TimeOfDay, Interval.Point(870), "min");

        Assert.True((at with { On = thursday }).Compatible(at with { On = guessed }));
        Assert.False((at with { On = thursday }).Compatible(at with { On = friday }));
    }

    [Fact]
    public void A_time_takes_the_one_day_its_sentence_names()
    {
        var time = Assert.Single(Read("The council approved the plan late on Thursday after a meeting that ran until 11.15pm."), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.NotNull(time.Value.On);
        Assert.Equal("Thursday", time.DayText);
    }

    [Fact]
    public void Dates_of_different_events_in_one_story_do_not_conflict()
    {
        var groups = Align(
            "The old bridge collapsed on Saturday in the town centre, police said.",
            "The governor declared an emergency on Sunday after the old bridge collapsed in the town centre.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void The_next_meeting_is_another_occurrence_of_the_event()
    {
        var groups = Align("The central bank cut interest rates on Thursday.", "The central bank's next interest rate decision is due on 18 June.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Each_source_reporting_its_own_day_is_two_days_of_news_not_a_conflict()
    {
        // Published on Sunday 8 and Monday 9 March.
        var groups = Align("The club confirmed the striker's transfer on Sunday.", "The club confirmed the striker's transfer on Monday.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_weekday_and_a_date_agree_when_the_date_falls_on_that_weekday()
    {
        var thursday = new FactValue(ValueKind.Date, Interval.Point(new DateOnly(2026, 3, 12).DayNumber), "day") { Weekday = DayOfWeek.Thursday, Relative = true };
        var fifth = new FactValue(ValueKind.Date, Interval.Point(new DateOnly(2026, 3, 5).DayNumber), "day");
        var sixth = new FactValue(ValueKind.Date, Interval.Point(new DateOnly(2026, 3, 6).DayNumber), "day");

        Assert.True(thursday.Compatible(fifth));
        Assert.True(fifth.Compatible(thursday));
        Assert.False(thursday.Compatible(sixth));
    }

    [Fact]
    public void The_last_inspection_is_not_the_opening()
    {
        var groups = Align("The old bridge over the river opened in 1971.", "The last full inspection of the old bridge took place in 2022.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_weekday_naming_a_habit_is_no_date()
    {
        Assert.DoesNotContain(Read("Parents said the children would miss Saturday story time at the library."), f => f.Value.Kind == ValueKind.Date);
    }

    [Fact]
    public void A_vague_market_verb_gives_way_to_the_thing_measured()
    {
        var groups = Align("Consumer prices rose 2.9% in the year to April.", "Inflation stood at 3.1 per cent in April.");

        var group = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.All(group.Facts, f => Assert.Equal("inflation", f.Frame));
    }

    [Fact]
    public void What_stolen_goods_are_worth_is_the_theft()
    {
        var groups = Align("Thieves escaped with jewels worth £3m from the museum.", "It was a £5m jewel heist at the museum.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Cutting_the_risk_is_efficacy()
    {
        var groups = Align("The vaccine cut the risk of infection by 60 percent in the trial.", "The vaccine showed an efficacy of 55 percent in the trial.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_figure_of_the_whole_is_not_the_part()
    {
        var groups = Align("The party won 12 of the 30 seats on the council.", "The party took 14 of the council's 30 seats.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Range.Low is 12 or 14));
    }

    [Fact]
    public void A_stated_limit_is_a_cap_not_a_reading()
    {
        Assert.True(Value("On the curve the line speed is limited to 60mph.").Value.IsCap);
        Assert.True(Value("Fees are capped at €200 a year.").Value.IsCap);
    }

    [Fact]
    public void Hours_and_minutes_are_one_duration()
    {
        var duration = Value("The outage lasted six hours and eight minutes.");

        Assert.Equal(6 * 3600 + 8 * 60, duration.Value.Range.Low);
    }

    [Theory]
    [InlineData("The talks ran for three and a half hours.", 3.5 * 3600)]
    [InlineData("Dunmore was locked up for four and a half years.", 4.5 * Units.Year)]
    public void A_half_after_the_figure_is_part_of_the_span(string sentence, double seconds)
    {
        var duration = Value(sentence);

        Assert.Equal(ValueKind.Duration, duration.Value.Kind);
        Assert.Equal(seconds, duration.Value.Range.Low, 3);
    }

    [Theory]
    [InlineData("The crossing took her 7 hours 45 minutes in water of 9C.", 7 * 3600 + 45 * 60)]
    [InlineData("Divers worked for two hours 20 minutes to free the trapped seal.", 2 * 3600 + 20 * 60)]
    [InlineData("The last climber was brought down after 14 hours 5 minutes on the ridge.", 14 * 3600 + 5 * 60)]
    public void A_smaller_unit_right_after_a_larger_one_is_the_rest_of_one_duration(string sentence, int seconds)
    {
        var duration = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Duration);

        Assert.Equal(seconds, duration.Value.Range.Low);
    }

    [Fact]
    public void Hours_minutes_and_seconds_listed_with_a_comma_are_one_duration()
    {
        var duration = Value("She finished the swim in three hours, twelve minutes and 5 seconds.");

        Assert.Equal(ValueKind.Duration, duration.Value.Kind);
        Assert.Equal(3 * 3600 + 12 * 60 + 5, duration.Value.Range.Low);
    }

    [Fact]
    public void A_time_written_with_its_seconds_is_how_long_something_took()
    {
        var duration = Value("The winner crossed the line in 1:58:37 to take the title.");

        Assert.Equal(ValueKind.Duration, duration.Value.Kind);
        Assert.Equal((1 * 3600) + (58 * 60) + 37, duration.Value.Range.Low);
        Assert.Equal(ValueKind.TimeOfDay, Value("The ferry left at 14:35 as planned.").Value.Kind);
    }

    [Fact]
    public void A_time_with_seconds_is_the_same_figure_as_that_time_in_words()
    {
        var digits = Value("Okafor won the hill race in 2:58:37.").Value;
        var inWords = Value("Okafor ran the hill race in two hours, 58 minutes and 37 seconds.").Value;

        Assert.Equal((digits.Kind, digits.Unit), (inWords.Kind, inWords.Unit));
        Assert.True(digits.Range.SameAs(inWords.Range));
    }

    [Fact]
    public void A_plus_that_adds_something_is_no_hedge()
    {
        var offer = Assert.Single(Read("The firm has offered 5%, plus a one-off payment."), f => f.Value.Kind == ValueKind.Percent);

        Assert.True(offer.Value.Range.IsPoint);
    }

    [Fact]
    public void Market_closing_wording_makes_a_later_figure_an_update()
    {
        var groups = Align("Shares in Kelvar rose 3% in morning trading.", "Shares in Kelvar closed up 5% on the day.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }
}
