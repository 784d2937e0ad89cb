using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A sentence whose main clause another outlet states and whose own figure follows in a clause with no subject of its
/// own lists that clause alone, marked as cut, not the other outlet's statement with it; a main clause in the present
/// perfect, or with words of its own, stays with it. On invented stories.
/// </summary>
public sealed class SingleSourceRestatedOpeningTests
{
    private static readonly DateTimeOffset Published = new(2026, 5, 12, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    private const string Other =
        "Lecturers at Dunmore College voted to stop marking exams in a dispute over pay and workloads. "
        + "The union said talks with the college would resume next month. The principal said she regretted the decision. "
        + "Students have been told to expect letters from their tutors. The college has 6,000 students.";

    [Fact]
    public void A_figure_after_a_main_clause_another_outlet_states_is_listed_without_that_clause()
    {
        var result = Analyze(
            "Lecturers at Dunmore College voted to stop marking exams in a dispute over pay and workloads, leaving 900 final-year students without marks. "
            + "Ruth Keane, the branch secretary, said members had simply run out of patience with management. "
            + "Exam boards have been warned that results for several courses may arrive late this summer.",
            Other);

        var item = Assert.Single(result.SingleSource, c => c.Text.Contains("900", StringComparison.Ordinal));
        Assert.StartsWith("…leaving 900 final-year students without marks", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("stop marking", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_main_clause_in_the_present_perfect_stays_with_the_figure_after_it()
    {
        var result = Analyze(
            "Lecturers at Dunmore College have voted to stop marking exams in a dispute over pay and workloads, leaving 900 final-year students without marks. "
            + "Ruth Keane, the branch secretary, said members had simply run out of patience with management. "
            + "Exam boards have been warned that results for several courses may arrive late this summer.",
            Other);

        var item = Assert.Single(result.SingleSource, c => c.Text.Contains("900", StringComparison.Ordinal));
        Assert.Contains("stop marking", item.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Residents have been allowed back to their homes", true)]
    [InlineData("The count has now risen", true)]
    [InlineData("Rescuers have found the body", true)]
    [InlineData("The company, which has 312 stores", false)]
    [InlineData("Lecturers voted to stop marking", false)]
    public void A_present_perfect_is_read_as_a_state_reached(string clause, bool expected) =>
        Assert.Equal(expected, RestatedOpening.SaysStateReached(clause));
}
