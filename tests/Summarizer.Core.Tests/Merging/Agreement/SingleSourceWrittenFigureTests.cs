using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A figure another independent source writes too, in any format, is no figure of one source's even when the two
/// sentences frame it so differently that nothing aligns them; common small counts and bare weekdays are no such sign.
/// Invented stories.
/// </summary>
public sealed class SingleSourceWrittenFigureTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 13, 18, 0, 0, TimeSpan.Zero);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryTexts.Analyze(Published, texts);

    [Fact]
    public void A_count_another_source_writes_in_words_is_not_listed()
    {
        var result = Analyze(
            "The Orla cable car stopped halfway up Mount Vesk on Saturday afternoon after its motor failed. Some eighty tourists had to be lowered to the ground on ropes by mountain guides overnight.",
            "Engineers are inspecting the Orla cable car on Mount Vesk after Saturday's breakdown. The operator said about 80 people were aboard its cabins, and all of them reached the valley safely.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("eighty", StringComparison.Ordinal) || c.Text.Contains("80", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_count_that_points_back_at_what_the_story_named_is_no_figure_of_its_own()
    {
        var result = Analyze(
            "Floodwater closed the coast road between Harlow and Penn on Sunday. Replacement buses are running between the two towns while the road is cleared.",
            "The coast road between Harlow and Penn was shut by floodwater on Sunday. Replacement buses are running between Harlow and Penn while the road is cleared.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("two towns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sum_written_in_another_format_in_an_unaligned_sentence_is_not_listed()
    {
        var result = Analyze(
            "Harbour councillors in Penwick have approved a new sea wall for the old quay. The harbour board has put the cost of the works at €6m.",
            "Penwick's old quay will get a new sea wall. Opponents on the council argued that 6 million euros was too much to spend while the fish market roof still leaks.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("€6m", StringComparison.Ordinal) || c.Text.Contains("6 million", StringComparison.Ordinal));
    }

    // Only the counts-under-ten guard decides these: the other source writes the same small number with no counted noun
    // ("four had been questioned"), which could be a count of anything, so without the guard it would corroborate.
    [Theory]
    [InlineData(
        "Fire broke out in a furniture warehouse on the Colbeck estate early on Monday. Crews kept the blaze from spreading to four neighbouring units, the fire service said.",
        "A furniture warehouse on the Colbeck estate burned down early on Monday. Police said four had been questioned about the fire.",
        "neighbouring units")]
    [InlineData(
        "Storm Edda brought down power lines across the Lisk valley on Friday night. Linesmen from the grid company restored supply to three hill villages.",
        "Storm Edda swept through the Lisk valley on Friday night, closing schools and roads. Coastguards said three had to be winched off a stranded yacht.",
        "hill villages")]
    public void A_small_count_another_source_gives_of_something_else_still_leaves_the_fact_listed(string first, string second, string listed)
    {
        var result = Analyze(first, second);

        Assert.Contains(result.SingleSource, c => c.Text.Contains(listed, StringComparison.Ordinal));
    }

    [Fact]
    public void A_weekday_another_source_names_for_another_event_still_leaves_the_fact_listed()
    {
        var result = Analyze(
            "A freight train left the rails near Ostby junction, blocking the main line. Engineers will replace the damaged points on Tuesday, the track owner said.",
            "A freight train derailed near Ostby junction, and the line is shut. Union officials will meet rail managers on Tuesday.");

        Assert.Contains(result.SingleSource, c => c.Text.Contains("points", StringComparison.Ordinal));
    }
}
