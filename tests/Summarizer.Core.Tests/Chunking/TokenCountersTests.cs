using Summarizer.Chunking;

namespace Summarizer.Core.Tests.Chunking;

public class TokenCountersTests
{
    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4o-mini")]
    [InlineData("GPT-4.1-nano")]
    [InlineData("gpt-5")]
    [InlineData("o3-mini")]
    [InlineData("openai/gpt-4o")]
    [InlineData("gpt-oss:20b")]
    public void Openai_family_models_are_counted_with_o200k(string model) =>
        Assert.Same(TokenCounters.O200kBase, TokenCounters.ForModel(model));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("llama3.1")]
    [InlineData("mistral-small")]
    [InlineData("gpt-4")] // cl100k_base, whose vocabulary is not shipped
    [InlineData("gpt-3.5-turbo")]
    [InlineData("o1x")]
    public void Other_models_and_no_model_get_the_estimate(string? model) =>
        Assert.Same(TokenCounters.Estimating, TokenCounters.ForModel(model));

    [Theory]
    [InlineData("", 0)]
    [InlineData("Hello, world!", 4)] // Hello , world !
    [InlineData("1234567890", 4)] // digits go in threes: 123 456 789 0
    public void O200k_counts_the_real_tokens(string text, int expected) =>
        Assert.Equal(expected, TokenCounters.O200kBase.Count(text));
}
