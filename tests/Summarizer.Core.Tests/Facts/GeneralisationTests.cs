using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Readings and alignments that do not depend on one story's wording (issue 17, session 12): periods of a year,
/// magnitudes said indirectly, ages picked out by a superlative, what a share or a glued count is of, unit prices,
/// leaving one's home, attributive participles, and values that are the only one of their kind in each source.
/// Every sentence here is invented for the test.
/// </summary>
public sealed class GeneralisationTests
{
    private static readonly DateOnly Anchor = new(2026, 5, 12);

    private static (DateOnly From, DateOnly To) Days(Fact fact) =>
        (DateOnly.FromDayNumber((int)fact.Value.Range.Low), DateOnly.FromDayNumber((int)fact.Value.Range.High));

    [Fact]
    public void A_half_of_a_year_is_six_months_and_no_occurrence()
    {
        var fact = Value("The merger should be finished in the second half of 2028.", Anchor);

        Assert.Equal((new DateOnly(2028, 7, 1), new DateOnly(2028, 12, 31)), Days(fact));
        Assert.Equal("", fact.Occurrence);
    }

    [Fact]
    public void Early_mid_and_late_year_are_parts_of_that_year()
    {
        Assert.Equal((new DateOnly(2028, 1, 1), new DateOnly(2028, 4, 30)), Days(Value("The bridge is due to reopen in early 2028.", Anchor)));
        Assert.Equal((new DateOnly(2028, 9, 1), new DateOnly(2028, 12, 31)), Days(Value("The line will open in late 2028.", Anchor)));
    }

    [Fact]
    public void A_year_a_plan_is_scheduled_for_is_a_date()
    {
        var fact = Value("Opening is scheduled for 2031, the council said.", Anchor);

        Assert.Equal(ValueKind.Date, fact.Value.Kind);
        Assert.Equal((new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31)), Days(fact));
    }

    [Fact]
    public void Differing_completion_periods_of_one_deal_disagree()
    {
        var groups = Align(
            "The brewers expect the deal to be completed in the first half of 2029.",
            "Both firms expect the deal to close in late 2029.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Date)));
    }

    [Fact]
    public void A_magnitude_put_at_a_figure_is_a_magnitude()
    {
        var fact = Value("The seismology office has put its magnitude at 5.7.", Anchor);

        Assert.Equal(ValueKind.Magnitude, fact.Value.Kind);
        Assert.Equal(5.7, fact.Value.Range.Low, 3);
    }

    [Fact]
    public void An_aftershock_is_not_the_main_quake()
    {
        var groups = Align(
            "A magnitude 5.9 earthquake shook the valley town of Orvisk.",
            "The earthquake, of magnitude 5.9, was followed by an aftershock of magnitude 4.2.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_bare_number_said_of_the_oldest_is_an_age()
    {
        var fact = Value("The oldest runner in the race was 88.", Anchor);

        Assert.Equal(ValueKind.Age, fact.Value.Kind);
        Assert.Equal("oldest", fact.Measure);
    }

    [Fact]
    public void Ages_of_the_youngest_disagree_whoever_they_are()
    {
        var groups = Align(
            "The youngest patient is a three-year-old boy from Hale Street.",
            "The youngest person treated so far is a five-year-old girl.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Age)));
    }

    [Fact]
    public void A_share_of_a_noun_written_before_it_is_its_measure()
    {
        Assert.Equal("discount", Value("Buyers will get a discount of 18% on the list price.", Anchor).Measure);
    }

    [Fact]
    public void A_count_glued_to_its_noun_counts_that_noun_unless_a_known_noun_follows()
    {
        Assert.Equal(Value("The 9-clause charter was adopted.", Anchor).Measure, Value("It has nine clauses.", Anchor).Measure);
        Assert.Equal("persons", Value("Its 2,300-strong workforce was told first.", Anchor).Measure);
    }

    [Fact]
    public void A_price_per_share_is_not_the_deal_total()
    {
        var groups = Align(
            "Brandholt will pay $31 a share for the chain.",
            "The $2.1bn takeover values the chain at $31 a share.",
            "The $2.4bn deal was agreed on Sunday.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Versions.Any(v => v.First.Text.Contains("$31", StringComparison.Ordinal)));
        Assert.Contains(groups, g => g.Label == AlignmentLabel.Agree && g.Facts.Count(f => f.Text.Contains("$31", StringComparison.Ordinal)) == 2);
    }

    [Fact]
    public void A_sum_a_year_is_still_the_same_sum_as_annually()
    {
        Assert.Equal(Value("The scheme will cost £40m a year.", Anchor).Measure, Value("The scheme will cost £40m annually.", Anchor).Measure);
    }

    [Fact]
    public void Leaving_a_dwelling_is_being_displaced_whatever_it_is_called()
    {
        Assert.Equal("displaced", Value("The flooding forced some 800 people to leave their flats.", Anchor).Frame);
        Assert.Equal("displaced", Value("About 650 villagers fled their houses overnight.", Anchor).Frame);
    }

    [Fact]
    public void A_participle_before_a_noun_names_no_event()
    {
        var fact = Value("The offer is a premium to Ostrand's closing price on Tuesday.", Anchor);

        Assert.NotEqual("end", fact.Phase);
        Assert.NotEqual("end", fact.Frame);
    }

    [Fact]
    public void A_roof_that_caved_in_dates_the_incident()
    {
        Assert.Equal("start", Value("Part of the roof caved in at 4.10pm.", Anchor).Frame);
    }

    [Fact]
    public void Signing_and_ratifying_are_different_days()
    {
        Assert.Equal("signed", Value("The accord was signed on Friday.", Anchor).Frame);
        Assert.Equal("ratified", Value("The assembly ratified the accord on Monday.", Anchor).Frame);
    }

    [Fact]
    public void Who_approved_and_a_mediator_in_apposition_are_roles()
    {
        Assert.Contains(Read("Planning Minister Odile Farrant, who approved the scheme, defended it on radio.", Anchor), f => f.Role == "approve");
        Assert.Contains(Read("Credit goes to the mediator, envoy Bastian Quell, who kept both sides talking.", Anchor), f => f.Role == "mediate");
    }

    [Fact]
    public void The_only_value_of_its_kind_in_each_source_aligns_without_shared_words()
    {
        var groups = Align(
            "Negotiators finally agreed the 11-point charter in Lysa.",
            "The 13-point document ends a decade of quarrels over grazing rights.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void The_only_count_of_people_in_each_source_does_not_make_two_groups_one()
    {
        var groups = Align(
            "Some 60 firefighters fought the blaze at the depot until dawn.",
            "All 45 night-shift workers left the depot unhurt, the owner said.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_source_giving_two_values_of_a_kind_forces_no_alignment()
    {
        var groups = Align(
            "Negotiators finally agreed the 11-point charter in Lysa, replacing a 6-point one.",
            "The 13-point document ends a decade of quarrels over grazing rights.");

        Assert.Empty(groups);
    }

    [Fact]
    public void The_only_start_time_each_source_gives_is_the_incident_time()
    {
        var groups = Align(
            "The blast happened at 6.15am, police said.",
            "A gas main exploded shortly before 8am on a quiet street.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.TimeOfDay)));
    }

    [Fact]
    public void A_share_with_no_measure_meets_one_with_a_measure_only_when_each_source_gives_one_share()
    {
        var groups = Align(
            "Lenders hold about 40% of the Varsk debt and nearly 90% of neighbouring Osta's.",
            "Lenders hold roughly 40 percent of the Varsk debt and almost all of neighbouring Osta's.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }
}
