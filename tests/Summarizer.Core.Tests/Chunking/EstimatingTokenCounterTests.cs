using Summarizer.Chunking;

namespace Summarizer.Core.Tests.Chunking;

public class EstimatingTokenCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n ", 0)]
    [InlineData("The gates rise.", 4)] // 3 words -> 4; 13 chars -> 4
    [InlineData("a b c d e f", 8)] // short words: 6 words -> 8 beats 6 chars -> 2
    [InlineData("212,000,000 EUR/2031-03-14", 7)] // dense: 26 chars -> 7 beats 2 words -> 3
    public void Takes_the_larger_of_the_character_and_word_estimates(string text, int expected) =>
        Assert.Equal(expected, TokenCounters.Estimating.Count(text));

    [Fact]
    public void Whitespace_does_not_change_the_estimate() =>
        Assert.Equal(TokenCounters.Estimating.Count("flood barrier approved"), TokenCounters.Estimating.Count("flood \n\n barrier   approved "));
}
