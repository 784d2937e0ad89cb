using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A later report that narrows an open figure is an update, not a more precise figure; clock times a minute apart
/// across midnight are one moment; a day written as a weekday is shown with the calendar date it resolves to.
/// </summary>
public sealed class TimesAndUpdatesOfOneEventTests
{
    [Fact]
    public void A_later_report_that_raises_an_open_toll_is_an_update_not_a_more_precise_figure()
    {
        var groups = Align(
            "At least 17 people were killed when the Pellory mine flooded, officials said.",
            "The number of people killed in the Pellory mine flood has risen to 26, officials said.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_narrower_figure_without_wording_of_a_change_stays_a_more_precise_one()
    {
        var groups = Align(
            "At least 17 people were killed when the Pellory mine flooded, officials said.",
            "Twenty-six people were killed when the Pellory mine flooded, officials said.");

        Assert.Equal(AlignmentLabel.MorePrecise, Assert.Single(groups).Label);
    }

    [Fact]
    public void An_estimate_made_exact_in_a_later_report_is_not_an_update()
    {
        var groups = Align(
            "About 6,000 people were evacuated from the Pellory valley, officials said.",
            "The number of people evacuated from the Pellory valley now stands at 5,870, officials said.");

        Assert.Equal(AlignmentLabel.MorePrecise, Assert.Single(groups).Label);
    }

    [Fact]
    public void Midnight_on_a_day_and_a_minute_before_the_next_day_are_one_moment()
    {
        var midnight = Value("The ceasefire in the Orvanne valley took effect at midnight on Friday.").Value;
        var minuteBefore = Value("The ceasefire in the Orvanne valley took effect at 23:59 on Friday 6 March.").Value;

        Assert.True(midnight.Compatible(minuteBefore));
        Assert.True(minuteBefore.Compatible(midnight));
    }

    [Fact]
    public void Midnight_is_still_far_from_an_evening_time_of_its_day()
    {
        var midnight = Value("The ceasefire in the Orvanne valley took effect at midnight on Friday.").Value;
        var evening = Value("The ceasefire in the Orvanne valley took effect at 10pm on Friday.").Value;

        Assert.False(midnight.Compatible(evening));
    }

    [Fact]
    public void Undated_clock_times_either_side_of_midnight_are_one_moment_within_a_minute()
    {
        var midnight = Value("The polls in Varrow closed at midnight.").Value;

        Assert.True(midnight.Compatible(Value("The polls in Varrow closed at 23:59.").Value));
        Assert.True(midnight.Compatible(Value("The polls in Varrow closed at 00:01.").Value));
        Assert.False(midnight.Compatible(Value("The polls in Varrow closed at 23:30.").Value));
    }

    [Fact]
    public void A_day_written_as_a_weekday_is_shown_with_the_date_it_resolves_to()
    {
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "ORSKA, Thursday 12 March 2026 - The Orska dam gave way on Wednesday, flooding the lower town.")),
            FactExtractor.Extract(Article(2, "ORSKA, Friday 13 March 2026 - The Orska dam gave way on Tuesday 10 March, flooding the lower town.")),
            FactExtractor.Extract(Article(3, "ORSKA, Thursday 12 March 2026 - The Orska dam gave way yesterday, flooding the lower town.")),
        ]);

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal(["Wednesday (11 March 2026)", "Tuesday 10 March (2026)"], shown.Claims.Select(c => c.Text));
        Assert.Equal([1, 3], shown.Claims[0].Sources);
    }

    [Fact]
    public void A_day_of_the_month_is_shown_with_the_weekday_it_falls_on()
    {
        // One outlet names the day by its weekday, others by its date: both versions show both, so the reader (and a
        // check of "Tuesday 17 November") compares like with like.
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "FENBY, Wednesday 18 November 2026 - Inspectors confirmed the virus at the Fenby glasshouses on Tuesday.")),
            FactExtractor.Extract(Article(2, "FENBY, Wednesday 18 November 2026 - Inspectors confirmed the virus at the Fenby glasshouses on 17 November.")),
            FactExtractor.Extract(Article(3, "FENBY, Friday 20 November 2026 - Inspectors confirmed the virus at the Fenby glasshouses on November 19.")),
        ]);

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Contains("Tuesday", shown.Claims[0].Text, StringComparison.Ordinal);
        Assert.Contains("17 November", shown.Claims[0].Text, StringComparison.Ordinal);
        Assert.Equal("November 19 (Thursday, 2026)", shown.Claims[1].Text);
    }

    [Fact]
    public void A_day_placed_in_another_year_by_words_keeps_only_its_year()
    {
        // The grounding check reads "April 14" in the nearest year: the weekday of 14 April last year is not one it holds.
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "OBERLUND, Tuesday 19 May 2026 - The AirCrisp fryer has been on sale since April 14 last year, the maker said.")),
            FactExtractor.Extract(Article(2, "OBERLUND, Tuesday 19 May 2026 - The AirCrisp fryer has been on sale since April 14 last year, the maker said.")),
            FactExtractor.Extract(Article(3, "OBERLUND, Tuesday 19 May 2026 - The AirCrisp fryer has been on sale since 1 June last year, the maker said.")),
        ]);

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.All(shown.Claims, c => Assert.DoesNotContain("day,", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_without_its_year_is_shown_with_the_year_it_is_read_in()
    {
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "TOLLAND, Thursday 26 November 2026 - The Tolland swing bridge was last inspected on 12 November, the harbour board said.")),
            FactExtractor.Extract(Article(2, "TOLLAND, Thursday 26 November 2026 - The Tolland swing bridge was last inspected on 12 November, the harbour board said.")),
            FactExtractor.Extract(Article(3, "TOLLAND, Thursday 26 November 2026 - The Tolland swing bridge was last inspected in September, the harbour board said.")),
        ]);

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal(["12 November (Thursday, 2026)", "September (2026)"], shown.Claims.Select(c => c.Text));
    }

    [Fact]
    public void A_place_named_after_what_it_is_is_read_and_shown_by_its_name()
    {
        var groups = Align(
            "The blaze broke out on Friday near the village of Tessaly, fire officials said.",
            "The blaze broke out on Friday near Tessaly, fire officials said.",
            "The blaze broke out on Friday near Corvo Ridge, fire officials said.");

        var place = Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Place);
        Assert.Equal(AlignmentLabel.Disagree, place.Label);
        var shown = Assert.Single(FactDisagreements.From([place])).Item;
        Assert.Equal(["near Tessaly", "near Corvo Ridge"], shown.Claims.Select(c => c.Text));
        Assert.Equal([1, 2], shown.Claims[0].Sources);
    }
}
