using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Figures of one measure worded in different clauses meet as mutual best pairs; lookalikes do not.</summary>
public sealed class CrossSourcePairsTests
{
    [Fact]
    public void One_count_told_with_different_verbs_meets_its_partner()
    {
        var groups = Align(
            "Around 80 firefighters battled the flames through the night.",
            "The brigade had deployed 120 firefighters to the warehouse by dawn.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_figure_meets_the_clause_that_says_most_the_same_and_not_another_figure_of_its_source()
    {
        var facts = new[]
        {
            Value("The strike forced the airline to scrap about 340 flights.") with { SourceId = 1 },
            Value("About 120 aircraft stayed on the ground at the hub.") with { SourceId = 1, SentenceIndex = 1 },
            Value("A staggering 460 flights were scrapped as the strike bit.") with { SourceId = 2 },
        };

        Assert.Equal([(0, 2)], CrossSourcePairs.Find(facts, i => i, facts));
    }

    [Fact]
    public void Figures_many_times_apart_are_not_one_misreported_figure()
    {
        var groups = Align(
            "Four firefighters were taken to hospital from the timber yard.",
            "More than 600 firefighters were at the timber yard overnight.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }

    [Fact]
    public void A_figure_with_two_equally_good_partners_in_another_source_meets_neither()
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var facts = new[]
        {
            Value("The charity raised $40,000 at the gala.") with { SourceId = 1 },
            Value("The charity raised $55,000 at the gala.") with { SourceId = 2 },
            Value("The charity raised $56,000 at the gala.") with { SourceId = 2, SentenceIndex = 1 },
        };

        Assert.Empty(CrossSourcePairs.Find(facts, i => i, facts));
    }
}
