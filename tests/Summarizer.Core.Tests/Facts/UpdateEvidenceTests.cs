using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>When a changed value is an update (evidence of time) and when dates are of different things.</summary>
public sealed class UpdateEvidenceTests
{
    [Fact]
    public void A_closing_figure_updates_a_morning_figure_of_the_same_day()
    {
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "OSLOVIA, Tuesday 3 March 2026 - Shares in Brantel Foods rose 0.5% in early trading after the merger news.")),
            FactExtractor.Extract(Article(2, "OSLOVIA, Tuesday 3 March 2026 - Shares in Brantel Foods closed up 1.2% as investors cheered the merger.")),
        ]);

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_change_worded_with_since_between_auxiliary_and_verb_updates_a_figure_of_the_same_day()
    {
        // "has since grown to" says the report comes after the first count as plainly as "has grown to" does.
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "TARLOW, Friday 6 March 2026 - Four climbers were airlifted to hospital after the rockfall on Tarlow Crag.")),
            FactExtractor.Extract(Article(2, "TARLOW, Friday 6 March 2026 - The number of climbers airlifted to hospital after the Tarlow Crag rockfall has since grown to six.")),
        ]);

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_report_that_has_since_learnt_more_does_not_update_the_day_a_past_event_happened()
    {
        var groups = Align(
            "Nineteen pupils at Carrow Lane school fell ill after a school lunch on Tuesday.",
            "Tests have since confirmed norovirus at Carrow Lane school, where nineteen pupils fell ill after a lunch on Monday.");

        Assert.Equal(AlignmentLabel.Disagree, Assert.Single(groups, g => g.Versions[0].First.Value.Kind == ValueKind.Date).Label);
    }

    [Fact]
    public void A_figure_worded_as_the_newer_report_updates_an_undated_one()
    {
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "Two climbers were airlifted to hospital after the rockfall on Tarlow Crag.")),
            FactExtractor.Extract(Article(2, "TARLOW, Friday 6 March 2026 - The number of climbers airlifted to hospital after the Tarlow Crag rockfall has since grown to six.")),
        ]);

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Same_day_figures_are_a_conflict_when_the_changed_one_was_published_first()
    {
        var day = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "Shares in Brantel Foods rose 0.5% after the merger news.", day.AddHours(18))),
            FactExtractor.Extract(Article(2, "Shares in Brantel Foods closed up 1.2% as investors cheered the merger.", day.AddHours(9))),
        ]);

        Assert.Equal(AlignmentLabel.Disagree, Assert.Single(groups).Label);
    }

    [Fact]
    public void A_publication_stamp_that_cleaning_removed_still_dates_the_article()
    {
        var stamped = new CleanedArticle(2, "2.txt", null, ArticleMetadata.Empty, "The death toll from the Corran mine flood has risen to five, rescuers said.", 0,
            new CleaningReport([new Removal("timestamp", "Published Friday 6 March 2026, 09:30")]));

        Assert.Equal(new DateOnly(2026, 3, 6), FactExtractor.AnchorOf(stamped));
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(Article(1, "CORRAN, Thursday 5 March 2026 - Three miners were killed when the Corran mine flooded.")),
            FactExtractor.Extract(stamped),
        ]);
        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Each_earlier_value_of_an_update_keeps_its_own_sources()
    {
        var groups = Align(
            "Sales of the album had already passed 10,000 copies in May.",
            "The album has sold 12,500 copies, according to the label.",
            "Sales of the album have now passed 30,000 copies.");

        Assert.Equal("Update: 1 | 2 | later 3", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void The_figure_given_beside_an_updated_figure_is_shown_as_updated_too()
    {
        var groups = Align(
            "Ilse Varga led the race for mayor of Tornby with 55.1% of the vote against 44.9% for the incumbent, after most ballots had been counted.",
            "Ilse Varga won the race for mayor of Tornby with 54.3 percent of the vote to 45.7 percent for the incumbent in the final count.");

        Assert.Equal(["Update: 1 | later 2", "Update: 1 | later 2"], groups.Select(Describe));
        Assert.Equal(["55.1%", "54.3 percent", "44.9%", "45.7 percent"], groups.SelectMany(g => g.Versions).Select(v => v.First.Text));
    }

    [Fact]
    public void Two_updates_of_one_topic_are_told_apart_by_what_their_values_are_of()
    {
        string[] texts =
        [
            "Ilse Varga led the race for mayor of Tornby with 55.1% of the vote against 44.9% for the incumbent, after most ballots had been counted.",
            "Ilse Varga won the race for mayor of Tornby with 54.3 percent of the vote to 45.7 percent for the incumbent in the final count.",
        ];

        var shown = FactDisagreements.From(Align(texts), texts.Select((t, i) => (Id: i + 1, Text: t)).ToDictionary(p => p.Id, p => p.Text));

        Assert.Equal(
            ["55.1% of the vote", "54.3 percent of the vote", "44.9% for the incumbent", "45.7 percent for the incumbent"],
            shown.SelectMany(s => s.Item.Claims).Select(c => c.Text));
    }

    [Fact]
    public void A_second_figure_of_each_source_beside_an_agreed_figure_is_no_update()
    {
        var groups = Align(
            "Ilse Varga won the race for mayor of Tornby with 54.3% of the vote against 44.9% for the incumbent in the final count.",
            "Ilse Varga won the race for mayor of Tornby with 54.3 percent of the vote to 45.7 percent for the incumbent in the final count.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Update);
    }

    [Fact]
    public void The_day_something_was_said_is_not_the_date_of_the_event_it_reports()
    {
        var fact = Assert.Single(Read("Velmar Steel said on Tuesday it would cut 300 jobs."), f => f.Value.Kind == ValueKind.Date);
        Assert.Equal(EventFrames.Said, fact.Frame);

        var groups = Align("Velmar Steel said on Tuesday it would cut 300 jobs at its Orne mill.", "Velmar Steel cut its sales forecast for the Orne mill in June.");
        Assert.DoesNotContain(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Date));
    }

    [Fact]
    public void Dates_of_one_event_still_meet_when_nothing_was_said_on_them()
    {
        var groups = Align("Velmar Steel cut 300 jobs at its Orne mill on Tuesday.", "Velmar Steel cut 300 jobs at its Orne mill on Thursday.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Date));
    }

    [Fact]
    public void A_count_said_as_the_number_of_something_measures_that_thing()
    {
        var groups = Align(
            "Forty lorries were queuing at the Tessel border crossing on Monday.",
            "The number of lorries queuing at the Tessel border crossing has grown to 75.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_season_without_its_year_is_the_one_nearest_the_article_date()
    {
        var fact = Assert.Single(Read("Marlow Foods cut its profit forecast in the autumn.", new DateOnly(2026, 3, 3)), f => f.Value.Kind == ValueKind.Date);
        Assert.Equal(new DateOnly(2025, 9, 1).DayNumber, fact.Value.Range.Low);
        Assert.Equal(new DateOnly(2025, 11, 30).DayNumber, fact.Value.Range.High);

        var groups = Align("Marlow Foods cut its profit forecast in the autumn, hurting its shares.", "Marlow Foods cut its profit forecast in October, hurting its shares.");
        Assert.Equal(AlignmentLabel.MorePrecise, Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.Date)).Label);
    }

    [Fact]
    public void No_one_hurt_is_a_count_of_none()
    {
        var fact = Assert.Single(Read("No one was hurt when the crane toppled onto the quay."), f => f.Value.Kind == ValueKind.Count);

        Assert.Equal(0, fact.Value.Stated);
        Assert.Equal("injuries", fact.Frame);
    }

    [Fact]
    public void A_later_count_after_a_count_of_none_is_an_update()
    {
        var groups = Align(
            "Police said no arrests had been made after the Larchmont warehouse fire.",
            "Two women have been arrested over the Larchmont warehouse fire.");

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }
}
