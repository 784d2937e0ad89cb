using Summarizer.Documents;

namespace Summarizer.Core.Tests.Documents;

public class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData(" two  words\n", 2)]
    [InlineData("U.S. officials said 75% of it", 6)]
    public void Counts_runs_of_non_space_characters(string text, int expected) =>
        Assert.Equal(expected, WordCount.Of(text));

    [Fact]
    public void Cleaning_report_sums_characters_per_rule_in_name_order()
    {
        var report = new CleaningReport([new("b-rule", "xx"), new("a-rule", "abc"), new("b-rule", "y")]);
        Assert.Equal(["a-rule", "b-rule"], report.CharactersByRule.Keys);
        Assert.Equal(3, report.CharactersByRule["b-rule"]);
    }
}
