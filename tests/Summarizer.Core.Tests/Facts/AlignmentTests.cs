using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Hand-written multi-source stories: paraphrases that must align, lookalikes that must not, each label.</summary>
public sealed class AlignmentTests
{
    [Fact]
    public void Paraphrased_death_tolls_align_and_agree()
    {
        var groups = Align(
            "Twelve people were killed when the bridge collapsed.",
            "The collapse left 12 dead, officials said.",
            "The death toll from the collapse stands at 12.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Frame == "deaths"));
        Assert.Equal("Agree: 1,2,3", Describe(group));
    }

    [Fact]
    public void Different_tolls_disagree()
    {
        var groups = Align("Twelve people died in the flood.", "The flood killed 14 people.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Evacuations_worded_differently_still_meet()
    {
        var groups = Align("Some 3,000 residents were evacuated overnight.", "About 2,500 residents were moved to emergency shelters.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_vaguer_figure_and_a_consistent_exact_one_are_more_precise_not_a_conflict()
    {
        var groups = Align("More than 30 countries joined the pact.", "Thirty-five countries joined the pact.");

        Assert.Equal(AlignmentLabel.MorePrecise, Assert.Single(groups).Label);
    }

    [Fact]
    public void A_later_source_with_update_wording_updates_the_earlier_figure()
    {
        var groups = Align("Nine people were killed in the flood.", "The death toll from the flood has risen to 14.");

        var group = Assert.Single(groups);
        Assert.Equal("Update: 1 | later 2", Describe(group));
    }

    [Fact]
    public void Update_wording_in_the_earlier_source_is_no_update()
    {
        var start = new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);
        var sources = new[]
        {
            FactExtractor.Extract(Article(1, "The death toll from the flood has risen to 14.", start.AddDays(1))),
            FactExtractor.Extract(Article(2, "Nine people were killed in the flood.", start.AddDays(2))),
        };

        Assert.Equal(AlignmentLabel.Disagree, Assert.Single(FactAligner.Align(sources)).Label);
    }

    [Fact]
    public void Deaths_and_injuries_with_the_same_number_do_not_align()
    {
        var groups = Align("Twelve people were killed in the crash.", "Twelve people were injured in the crash.");

        Assert.Empty(groups);
    }

    [Fact]
    public void Counts_of_different_things_do_not_align()
    {
        var groups = Align("The fire destroyed 40 homes in the valley.", "The fire destroyed 55 vehicles in the valley.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Theory]
    [InlineData("The government released a €25m emergency fund.", "The government released 25 million euros in emergency funding.")]
    [InlineData("The strike began after 48 hours of talks failed.", "The strike began after two days of talks failed.")]
    [InlineData("Payments will start on 3 July, the ministry said.", "Payments will start on July 3, the ministry said.")]
    [InlineData("Twelve people died in the crash.", "12 people died in the crash.")]
    [InlineData("The rate now stands at 3.75%, the bank said.", "The rate now stands at 3.75 per cent, the bank said.")]
    public void Format_variants_agree(string a, string b)
    {
        var group = Assert.Single(Align(a, b));

        Assert.Equal("Agree: 1,2", Describe(group));
    }

    [Fact]
    public void Spelling_variants_of_who_chaired_agree_and_another_person_disagrees()
    {
        var agree = Align("President Zelensky chaired the summit.", "The summit was chaired by President Zelenskyy.");
        var disagree = Align("President Zelensky chaired the summit.", "The summit was chaired by Chancellor Olaf Brandt.");

        Assert.Equal("Agree: 1,2", Describe(Assert.Single(agree)));
        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(disagree)));
    }

    [Fact]
    public void Two_different_maxima_for_one_cap_disagree_but_a_sentence_within_the_cap_does_not()
    {
        var caps = Align("The counts carry a sentence of up to 20 years.", "The counts carry a sentence of up to 15 years.");
        var within = Align("He was sentenced to 11 years in prison.", "The counts carry a sentence of up to 15 years.");

        Assert.Equal(AlignmentLabel.Disagree, Assert.Single(caps).Label);
        Assert.DoesNotContain(within, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_source_giving_two_values_for_one_measure_does_not_conflict_with_itself()
    {
        var groups = Align(
            "In the ballot 90% of members voted for the deal, while the remaining 10% voted against.",
            "Some 90% of members voted for the deal in the ballot.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void Negated_and_possible_figures_are_not_aligned()
    {
        var groups = Align("The storm could destroy 300 homes on the coast.", "The storm destroyed 120 homes on the coast.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }
}
