using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>The story analysis reads disagreements, updates and single-source facts from aligned typed facts.</summary>
public sealed class AlignedFactsInAnalysisTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text, int day) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Day.AddDays(day) }, text, 0, CleaningReport.Empty);

    [Fact]
    public void A_risen_toll_in_a_later_report_is_an_update_with_the_newer_source_last()
    {
        var result = StoryAnalysis.Analyze(
        [
            Article(1, "Nine people were killed when the river burst its banks at Brennick on Saturday night.", 0),
            Article(2, "The death toll from the Brennick flood has risen to 14, emergency services said on Monday.", 1),
        ]);

        var update = Assert.Single(result.Disagreements);
        Assert.Equal(DisagreementKind.Update, update.Kind);
        Assert.Equal(["Nine people [1]", "14 [2]"], update.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void Paraphrased_figures_another_source_states_are_not_reported_by_one_source()
    {
        var result = StoryAnalysis.Analyze(
        [
            Article(1, "Officials said 3,000 residents were evacuated overnight as the water rose.", 0),
            Article(2, "About 3,000 people were moved to emergency shelters, the mayor's office confirmed. A 2019 audit found that 14 percent of the region's levees were in poor condition.", 0),
        ]);

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("3,000", StringComparison.Ordinal));
        Assert.Contains(result.SingleSource, c => c.Text.Contains("2019 audit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disputed_figure_is_shown_as_a_disagreement_not_as_single_source_news()
    {
        var result = StoryAnalysis.Analyze(
        [
            Article(1, "Twelve people died in the flood that swept through Brennick on Saturday.", 0),
            Article(2, "The flood killed 15 people in Brennick, regional police said on Saturday.", 0),
        ]);

        var conflict = Assert.Single(result.Disagreements);
        Assert.Equal(DisagreementKind.Conflict, conflict.Kind);
        Assert.Empty(result.SingleSource);
    }
}
