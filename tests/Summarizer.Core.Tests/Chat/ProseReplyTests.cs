using Summarizer.Chat;

namespace Summarizer.Core.Tests.Chat;

public class ProseReplyTests
{
    private const string Article = """
        The city council approved the Valbridge flood barrier on Tuesday by seven votes to four.
        The barrier will cost 212 million euros and construction starts in 2027, the council said.
        Fishermen say the gates will block the river mouth during the spring migration.
        """;

    private static readonly ProseRule Rule = new(MaxWords: 20, Material: Article);

    private static string Words(int count) =>
        string.Join(' ', Enumerable.Repeat("council barrier construction fishermen river", (count / 5) + 1).SelectMany(s => s.Split(' ')).Take(count)) + ".";

    [Fact]
    public void A_prose_summary_of_the_material_is_accepted_as_one_paragraph()
    {
        var result = ProseReply.Check("The council approved the flood barrier on Tuesday.\nIt will cost 212 million euros.", Rule);

        Assert.Null(result.Problem);
        Assert.Equal("The council approved the flood barrier on Tuesday. It will cost 212 million euros.", result.Value);
    }

    [Fact]
    public void A_lead_in_line_is_dropped()
    {
        var result = ProseReply.Check("Here is a summary of the article:\n\nThe council approved the flood barrier on Tuesday.", Rule);

        Assert.Equal("The council approved the flood barrier on Tuesday.", result.Value);
    }

    [Fact]
    public void Up_to_three_times_the_budget_is_accepted_for_trimming_later() =>
        Assert.NotNull(ProseReply.Check(Words(Rule.MaxWords * ProseReply.MaxBudgetMultiple), Rule).Value);

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("   \n  ", "it is empty")]
    [InlineData("Barrier approved today.", "it has 3 word(s), fewer than 5")]
    [InlineData("""{"summary": "The council approved the flood barrier on Tuesday.""", "JSON fragments")]
    [InlineData("""The council approved the flood barrier. "keyPoints": "It costs 212 million euros." """, "JSON fragments")]
    [InlineData("```\nThe council approved the flood barrier on Tuesday.\n```", "JSON fragments")]
    [InlineData("| 7 | 4 | 212 | 2027 | 2026 | 1 | 2 | 3 |", "mostly not words")]
    [InlineData("I'm sorry, but I cannot help with that request right now.", "of its content words occur in the text it was given")]
    [InlineData("Error 503: upstream connect error or disconnect/reset before headers. Reset reason: overflow.", "of its content words occur in the text it was given")]
    public void Replies_that_are_not_a_summary_are_rejected_with_the_reason(string reply, string problem)
    {
        var result = ProseReply.Check(reply, Rule);

        Assert.Null(result.Value);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Far_over_the_budget_is_rejected()
    {
        var result = ProseReply.Check(Words((Rule.MaxWords * ProseReply.MaxBudgetMultiple) + 1), Rule);

        Assert.Null(result.Value);
        Assert.Equal("it has 61 words, more than 3 times the budget of 20", result.Problem);
    }
}
