using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>States of a process (signed, restored, appeal lodged) and a newer report that moves one on: an update.</summary>
public sealed class StatusUpdateTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AlignedGroup> StatusGroups(params (string Text, int HoursLater)[] sources) =>
        StatusUpdates.Align([.. sources.Select((s, i) => FactExtractor.Extract(Article(i + 1, s.Text, Start.AddHours(s.HoursLater))))]);

    // A source dated only by its dateline ("Tuesday, May 5, 2026"), with no publication time.
    private static SourceFacts DatedOnly(int id, string dateline, string text) => FactExtractor.Extract(Article(id, $"{dateline}\n\n{text}"));

    private static SourceFacts Timed(int id, string text, DateTimeOffset published) => FactExtractor.Extract(Article(id, text, published));

    private static List<StatusSpan> States(string sentence) => StatusReader.Read(new Words(sentence));

    [Theory]
    [InlineData("The shipyard is expected to sign the frigate contract next week.", "deal", 2)]
    [InlineData("Harlow Shipyard has signed the frigate contract with the navy.", "deal", 3)]
    [InlineData("The two councils have agreed a fee for the land.", "deal", 1)]
    [InlineData("Lawyers for Ines Dorval said they were considering an appeal.", "filing", 0)]
    [InlineData("Ines Dorval's lawyers have lodged an appeal against the ruling.", "filing", 1)]
    [InlineData("By noon the Tarlow ferry service was still suspended.", "service", 1)]
    [InlineData("The Tarlow ferry service was fully restored at 4.15pm.", "service", 3)]
    [InlineData("Two men from Pellam have been charged over the break-in.", "custody", 3)]
    [InlineData("Fans queued for shirts before the deal had been signed off.", "deal", 2)]
    [InlineData("A cyclist was flown to hospital in a critical condition after the crash.", "patient", 1)]
    [InlineData("The cyclist was taken to Orme Royal Infirmary in a serious condition.", "patient", 1)]
    [InlineData("The cyclist is now said to be stable in hospital.", "patient", 3)]
    [InlineData("The cyclist was said last night to be in a serious but stable condition.", "patient", 3)]
    [InlineData("Both sailors were said on Saturday evening to be in a stable condition.", "patient", 3)]
    [InlineData("Both sailors were said this evening to be in a stable condition.", "patient", 3)]
    [InlineData("The cyclist was said late on Friday night to be in a stable condition.", "patient", 3)]
    [InlineData("The cyclist is expected to be discharged on Friday.", "patient", 4)]
    [InlineData("The cyclist has since been discharged.", "patient", 5)]
    [InlineData("The aquarium will stay closed while police search the building.", "service", 1)]
    [InlineData("The injured climber is expected to remain in hospital for several days.", "patient", 1)]
    [InlineData("The harbour road would remain shut until divers have checked the wall.", "service", 1)]
    [InlineData("The estuary fishing ban will stay in place until the tests are done.", "order", 1)]
    [InlineData("The estuary fishing ban was lifted on Monday.", "order", 3)]
    public void A_state_is_read_with_its_process_and_stage(string sentence, string process, int stage)
    {
        var state = Assert.Single(States(sentence), s => s.Process == process);

        Assert.Equal(stage, state.Stage);
    }

    [Theory]
    [InlineData("Harlow Shipyard has not signed the frigate contract.")]
    [InlineData("Shares in the shipyard closed up 2% on Friday.")]
    [InlineData("Engineers took down the payment system for an upgrade.")]
    [InlineData("The appeal hearing drew a large crowd.")]
    [InlineData("Shares in Brennor closed the day 2% higher.")]
    [InlineData("The library closed at 5pm as usual.")]
    [InlineData("The statue was lifted onto its plinth by a crane.")]
    [InlineData("The museum issued a statement on Friday.")]
    public void Words_that_report_no_state_give_none(string sentence) =>
        Assert.Empty(States(sentence));

    [Fact]
    public void A_newer_report_of_a_signing_updates_an_expected_one()
    {
        var groups = StatusGroups(
            ("Brenna Rail is expected to sign the track maintenance contract once the audit is complete.", 0),
            ("Brenna Rail has signed the track maintenance contract, the transport ministry said.", 24));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_later_report_of_an_act_still_ahead_is_no_update()
    {
        var groups = StatusGroups(
            ("The lido on Marsh Road has been closed since the storm, the council said.", 0),
            ("The lido on Marsh Road is expected to reopen next week, the council said.", 24));

        Assert.Empty(groups);
    }

    [Fact]
    public void A_further_stage_published_first_is_no_update()
    {
        var groups = StatusGroups(
            ("Brenna Rail is expected to sign the track maintenance contract once the audit is complete.", 24),
            ("Brenna Rail has signed the track maintenance contract, the transport ministry said.", 0));

        Assert.Empty(groups);
    }

    // "will stay closed" says the place is closed now and goes on being so: the state is reached, not ahead.
    [Fact]
    public void A_state_said_to_last_is_the_state_a_later_report_still_gives()
    {
        var groups = StatusGroups(
            ("The Orme aquarium will stay closed while police search the building, staff said.", 0),
            ("The Orme aquarium remains closed, staff said.", 24));

        Assert.Empty(groups);
    }

    [Fact]
    public void The_same_stage_in_two_sources_is_no_update()
    {
        var groups = StatusGroups(
            ("Brenna Rail has signed the track maintenance contract, officials said.", 0),
            ("Brenna Rail has signed the track maintenance contract, the transport ministry said.", 24));

        Assert.Empty(groups);
    }

    [Fact]
    public void An_appeal_lodged_after_one_was_considered_is_an_update()
    {
        var groups = StatusGroups(
            ("Lawyers for Ines Dorval said they were considering an appeal.", 0),
            ("Ines Dorval's defence team has lodged an appeal against her conviction.", 30));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_restored_service_is_shown_as_an_update_with_the_time_every_newer_source_gives()
    {
        var groups = StatusGroups(
            ("By noon the Tarlow ferry service was still suspended, with queues at the port.", 0),
            ("The Tarlow ferry service was fully restored at 4.15pm on Monday.", 20),
            ("Ferry services across the Tarlow crossing were back to normal by 16:15, the operator said.", 22));

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;

        Assert.Equal(DisagreementKind.Update, shown.Kind);
        Assert.Equal([2, 3], shown.Claims[^1].Sources);
        Assert.EndsWith("restored at 4.15pm", shown.Claims[^1].Text, StringComparison.Ordinal);
        Assert.Equal([1], shown.Claims[0].Sources);
    }

    [Fact]
    public void A_story_brief_shows_a_status_update_among_its_disagreements()
    {
        var sources = new[]
        {
            FactExtractor.Extract(Article(1, "Brenna Rail is expected to sign the track maintenance contract once the audit is complete.", Start)),
            FactExtractor.Extract(Article(2, "Brenna Rail has signed the track maintenance contract, the transport ministry said.", Start.AddDays(1))),
        };

        Assert.Single(sources[0].States);
        var groups = StatusUpdates.Align(sources);
        var later = Assert.Single(FactDisagreements.From(groups)).Item.Claims[^1];
        Assert.Contains("has signed", later.Text, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(later.Spans!).SourceId);
    }

    [Fact]
    public void A_signing_reported_by_a_paper_dated_only_by_its_day_joins_an_evening_report_of_it()
    {
        var groups = StatusUpdates.Align(
        [
            Timed(1, "Orrin Town are expected to sign the keeper Pavel Ruzek once he has passed a medical.", Start),
            DatedOnly(2, "Tuesday, May 5, 2026", "Orrin Town will complete the signing of keeper Pavel Ruzek today, the club said."),
            DatedOnly(3, "Tuesday, May 5, 2026", "Pavel Ruzek has signed for Orrin Town on a three-year deal after his medical."),
            Timed(4, "Orrin Town confirmed that Pavel Ruzek has completed his move from Lisle Rovers.", Start.AddHours(34)),
        ]);

        Assert.Equal("Update: 1,2 | later 3,4", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Another_stage_in_a_paper_of_the_same_day_is_no_update()
    {
        var groups = StatusUpdates.Align(
        [
            Timed(1, "Orrin Town have agreed a fee with Lisle Rovers for keeper Pavel Ruzek, the club said.", Start.AddHours(22)),
            DatedOnly(2, "Tuesday, May 5, 2026", "Pavel Ruzek has signed for Orrin Town on a three-year deal after his medical."),
        ]);

        Assert.Empty(groups);
    }

    [Theory]
    [InlineData("By late morning the ferry service was still disrupted.", "service")]
    [InlineData("Trams along Cray Street were halted for most of the morning.", "trams")]
    [InlineData("Buses on the route past the stadium were suspended as a precaution.", "buses")]
    [InlineData("Harbour Airport reopened its runway at noon.", "runway")]
    [InlineData("The aquarium will stay closed until the pumps are checked.", "aquarium")]
    [InlineData("Police said the eastbound carriageway remained closed this morning after the spill.", "carriageway")]
    [InlineData("The river trust closed the towpath after the bank slipped.", "towpath")]
    [InlineData("The ferry terminal was shut this weekend for dredging.", "terminal")]
    public void A_service_state_is_said_of_the_head_of_its_subject_or_object(string sentence, string thing) =>
        Assert.Equal(Summarizer.Text.Stemmer.Inflections.Stem(thing), Assert.Single(States(sentence), s => s.Process == "service").Subject);

    [Fact]
    public void A_thing_an_authority_closed_and_a_newer_report_of_it_reopened_is_an_update()
    {
        var groups = StatusGroups(
            ("Harbour police closed the swing bridge after a barge struck it near Orlin.", 0),
            ("The swing bridge near Orlin reopened to traffic on Tuesday after checks.", 30));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void States_of_two_different_services_are_no_update()
    {
        var groups = StatusGroups(
            ("Trams along Cray Street were halted for the afternoon while the parade went by in Orlin.", 0),
            ("Roads around Cray Street were reopened once the parade in Orlin had gone by.", 20));

        Assert.Empty(groups);
    }

    [Fact]
    public void A_reopening_is_shown_with_the_day_and_hour_it_happened()
    {
        var groups = StatusGroups(
            ("Harbour Airport's only runway was closed after the incident at Orlin.", 0),
            ("Harbour Airport reopened its runway at 6pm on Monday after the incident at Orlin.", 30));

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;

        Assert.Equal(DisagreementKind.Update, shown.Kind);
        Assert.EndsWith("reopened its runway at 6pm on Monday (4 May 2026)", shown.Claims[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_state_reached_on_a_weekday_is_shown_with_the_date_and_the_earlier_state_as_written()
    {
        var groups = StatusGroups(
            ("The Quayside swimming baths were closed on Monday after a leak in the plant room.", 2),
            ("The Quayside swimming baths reopened on Wednesday after repairs to the plant room.", 72));

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;

        Assert.Equal(DisagreementKind.Update, shown.Kind);
        Assert.EndsWith("reopened on Wednesday (6 May 2026)", shown.Claims[^1].Text, StringComparison.Ordinal);
        Assert.EndsWith("closed on Monday", shown.Claims[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discharge_on_a_weekday_is_shown_with_the_date()
    {
        var groups = StatusGroups(
            ("The climber rescued from Scarth Edge was taken to hospital in a serious condition.", 0),
            ("The climber rescued from Scarth Edge was discharged from hospital on Thursday, his family said.", 96));

        var later = Assert.Single(FactDisagreements.From(groups)).Item.Claims[^1];

        Assert.EndsWith("discharged from hospital on Thursday (7 May 2026)", later.Text, StringComparison.Ordinal);
        Assert.Equal([2], later.Sources);
    }

    [Fact]
    public void A_day_given_by_only_some_sources_of_a_state_is_left_out()
    {
        var groups = StatusGroups(
            ("By noon the Tarlow ferry service was still suspended, with queues at the port.", 0),
            ("The Tarlow ferry service was restored on Monday evening, the operator said.", 20),
            ("The Tarlow ferry service was restored, the port authority said.", 22));

        var later = Assert.Single(FactDisagreements.From(groups)).Item.Claims[^1];

        Assert.Equal([2, 3], later.Sources);
        Assert.EndsWith("was restored", later.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_reported_discharged_later_updates_one_taken_to_hospital()
    {
        var groups = StatusGroups(
            ("A cyclist was taken to hospital after the crash on Orme Street, police said.", 0),
            ("The cyclist hurt in the crash on Orme Street has since been discharged, police said.", 24));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void An_order_reported_lifted_later_updates_one_in_force()
    {
        var groups = StatusGroups(
            ("The boil-water advice for Penmore remains in force, the water company said.", 0),
            ("The boil-water advice for Penmore was lifted on Tuesday morning, the water company said.", 24));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }
}
