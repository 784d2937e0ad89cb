using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Figures of one broad class that measure different things are not one fact told two ways (issue 17, session 16):
/// figures many times apart with no shared event frame, a figure of an earlier occasion, a count glued into a compound
/// modifier, and "over" spanning a period rather than hedging it. Every sentence here is invented for the test.
/// </summary>
public sealed class FiguresOfDifferentThingsTests
{
    private static Fact Of(ValueKind kind, string sentence) => Assert.Single(Read(sentence), f => f.Value.Kind == kind);

    [Fact]
    public void A_count_at_the_scene_and_a_daily_traffic_figure_are_different_counts()
    {
        var groups = Align(
            "Only three lorries were on the viaduct when its deck gave way.",
            "Roughly 18,000 lorries use the viaduct in a normal week, the highways agency said.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_span_and_a_detour_are_different_lengths()
    {
        var groups = Align(
            "The pier lost a 35-metre section of its walkway in the storm.",
            "Until the pier walkway is repaired, visitors face a 6 km walk around the harbour.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Figures_a_few_times_apart_with_one_frame_still_conflict()
    {
        var groups = Align(
            "The judges deliberated for four hours before naming the winner.",
            "The judges named the winner after just 40 minutes of deliberation.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Figures_many_times_apart_in_one_frame_with_unlinked_clauses_are_different_sums()
    {
        var groups = Align(
            "The necklace, insured for £2.4 million, was stolen from the gallery overnight.",
            "Since the theft the gallery has spent £60,000 on new cameras and locks.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Figures_many_times_apart_in_one_frame_with_a_shared_predicate_still_conflict()
    {
        var groups = Align(
            "Thieves stole jewellery worth £2.4 million from the gallery overnight.",
            "Thieves stole jewellery worth £200,000 from the gallery overnight.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_figure_of_an_earlier_occasion_is_no_version_of_the_current_one()
    {
        Assert.Equal("previous", Value("The rocket's seven previous launches had all reached orbit.").Occurrence);
        Assert.Equal("previous", Of(ValueKind.Money, "Her previous best at auction was $5.2m, set in 2020.").Occurrence);
        Assert.Equal("", Of(ValueKind.Duration, "Rents have climbed 12% over the last three years.").Occurrence);
        Assert.Equal("", Value("The former nurse won by about 6,000 votes.").Occurrence);

        var groups = Align(
            "The sculpture sold for $12m at the Friday sale, the auction house said.",
            "The sculptor's previous high at auction was $5.2m, the auction house said.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_figure_named_as_the_record_before_this_one_is_a_past_instance()
    {
        Assert.Equal("previous", Of(ValueKind.Money, "The gallery's old record of more than $3m was left far behind.").Occurrence);
        Assert.Equal("previous", Of(ValueKind.Money, "The former best at the sale, $41,500, had stood since 2019.").Occurrence);
        Assert.Equal("previous", Of(ValueKind.Money, "The painting beat the record of $3.1m set in 2015.").Occurrence);
        Assert.Equal("previous", Of(ValueKind.Money, "The bid smashed the existing high of $3.1m.").Occurrence);
        Assert.Equal("previous", Of(ValueKind.Money, "The painting broke the $3.1m record set in 2015.").Occurrence);
        Assert.Equal("", Of(ValueKind.Money, "The painting set a record of $4.2m.").Occurrence);
        Assert.Equal("", Of(ValueKind.Money, "The old mill was sold for $4.2m.").Occurrence);
        Assert.Equal("", Of(ValueKind.Money, "The former owner paid $4.2m for the house.").Occurrence);

        var groups = Align(
            "The painting sold for $5.2m at the Friday sale, the auction house said.",
            "The painting sold for $4.8m at the Friday sale. The gallery's old record of more than $4m was left far behind.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_count_glued_into_a_compound_counts_its_own_noun()
    {
        var groups = Align(
            "The army sent five tracked vehicles to the stranded cars.",
            "Residents with four-wheel-drive vehicles were asked to take nurses to patients.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal(Value("The 14-article treaty was signed.").Measure, Value("The fourteen-article treaty was signed.").Measure);
    }

    [Fact]
    public void Over_a_period_spans_it_unless_something_lasted_over_it()
    {
        Assert.True(Of(ValueKind.Duration, "Some 240 mm of rain fell over three days.").Value.Range.IsPoint);
        Assert.True(Value("The payments were claimed over six years.").Value.Range.IsPoint);
        Assert.False(Value("The talks ran for over three days.").Value.Range.IsPoint);
        Assert.False(Value("The siege lasted over nine hours.").Value.Range.IsPoint);
    }
}
