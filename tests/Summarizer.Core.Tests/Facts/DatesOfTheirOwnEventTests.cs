using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A date belongs to the event its own clause names: not to a sum named near it, nor to an event of a later clause;
/// a weekday is shown with the calendar date a dated report resolves it to (invented sentences).
/// </summary>
public sealed class DatesOfTheirOwnEventTests
{
    private static readonly DateTimeOffset Published = new(2026, 10, 14, 8, 0, 0, TimeSpan.Zero); // a Wednesday

    [Fact]
    public void A_weekday_is_shown_with_the_date_a_dated_report_resolves_it_to()
    {
        var groups = FactAligner.Align(FactExtractor.ExtractStory(
        [
            Article(1, "VARNO, Oct 14 (KPA) - Traces of the solvent were found in the Helmstad reservoir on Monday, the water board said."),
            Article(2, "Traces of the solvent were found in the Helmstad reservoir on Monday, according to the water board.", Published),
            Article(3, "Traces of the solvent were found in the Helmstad reservoir on Saturday 10 October, the water board said.", Published),
        ]));

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal("Monday (12 October 2026)", shown.Claims[0].Text);
        Assert.Equal([1, 2], shown.Claims[0].Sources);
    }

    [Theory]
    [InlineData("Mira Tosk took her seat in the assembly on Monday afternoon, four days after winning the Selby by-election.")]
    [InlineData("Investors cheered the result on Monday after the final count gave the Tarrow party 61 seats.")]
    [InlineData("The new harbour wall was inspected at 9am, and the crews that had evacuated the quay went home.")]
    public void A_date_does_not_take_the_event_of_a_later_clause(string sentence)
    {
        var date = Assert.Single(Read(sentence), f => f.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay);

        Assert.NotEqual("vote", date.Frame);
        Assert.NotEqual("displaced", date.Frame);
    }

    [Fact]
    public void A_fronted_time_still_takes_the_event_of_the_clause_it_opens()
    {
        var time = Value("At 4.20am on Saturday, the storm crossed the coast near Pellin.");

        Assert.Equal("start", time.Frame);
    }

    [Theory]
    [InlineData("Protesters marched through Kelby on Saturday to oppose a housing bill.")]
    [InlineData("The Osk gallery reopened on 3 May after repairs whose cost ran to £4m.")]
    public void A_sum_named_near_a_date_is_not_its_event(string sentence)
    {
        var date = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date);

        Assert.NotEqual("cost", date.Frame);
    }

    [Fact]
    public void A_day_and_month_followed_by_last_year_is_read_in_the_year_before_the_article()
    {
        var anchor = new DateOnly(2026, 5, 19);

        Assert.Equal(new DateOnly(2025, 4, 14).DayNumber, Value("The Kolvo heater has been on sale since April 14 last year.", anchor).Value.Range.Low);
        Assert.Equal(new DateOnly(2025, 3, 1).DayNumber, Value("The Kolvo heater was withdrawn in March last year.", anchor).Value.Range.Low);
    }

    [Fact]
    public void First_before_a_verb_says_nothing_of_which_occurrence_the_time_is()
    {
        Assert.Equal("", Value("Keepers first noticed the otter outside its pen at 10:40.").Occurrence);
        Assert.Equal("first", Value("The first case of the outbreak was confirmed on 3 March.").Occurrence);
    }

    [Theory]
    [InlineData("The Orla Air jet touched down at 11:52, its crew said.", "The aircraft landed at 12.40pm local time.")]
    [InlineData("The two walkers raised the alarm at about 5pm on Saturday.", "Both men called for help at 7.45pm on Saturday.")]
    [InlineData("The count was declared at 3.12am by the returning officer.", "The result was read out shortly before 2am by the returning officer.")]
    [InlineData("A keeper noticed the otter was out at 10.40am.", "Staff realised the otter was gone shortly before 1pm.")]
    public void Times_of_one_moment_worded_differently_are_compared(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.First().Value.Kind == ValueKind.TimeOfDay);
    }

    [Fact]
    public void The_close_of_a_ballot_and_the_end_of_the_strike_it_called_are_not_compared()
    {
        var groups = Align(
            "Most Harl nurses backed strike action in a ballot that closed in February.",
            "The walkout had been due to run until Friday morning, the Harl union said.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.First().Value.Kind == ValueKind.Date);
    }

    [Fact]
    public void A_date_in_a_relative_clause_is_held_by_the_noun_the_clause_is_about()
    {
        Assert.Equal("ballot", Value("Most Harl nurses backed action in a ballot that closed in February.").Holder);
        Assert.Equal("", Value("Inspectors named a stall selling chicken skewers, which was closed on Monday.").Holder);
    }

    [Fact]
    public void A_start_said_in_a_relative_clause_is_of_the_event_the_clause_is_about()
    {
        var time = Value("The walkout, which began at 7am on Tuesday, shut the Harl wards.");

        Assert.Equal(("strike", "start"), (time.Frame, time.Phase));
    }

    [Fact]
    public void The_day_of_a_win_and_the_day_the_winner_took_office_are_not_compared()
    {
        var groups = Align(
            "The Tarrow party won the Selby by-election on Thursday, officials in Selby said.",
            "Mira Tosk of the Tarrow party took her seat on Monday afternoon, four days after winning the Selby by-election.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.First().Value.Kind == ValueKind.Date);
    }
}
