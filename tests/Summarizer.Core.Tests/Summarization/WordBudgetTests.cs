using FsCheck;
using FsCheck.Fluent;
using Summarizer.Documents;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Summarization;

public class WordBudgetTests
{
    [Theory]
    [InlineData("One two three. Four five.", 10, "One two three. Four five.")]
    [InlineData("One two three. Four five.", 4, "One two three.")]
    [InlineData("One two three four five six.", 3, "One two three…")]
    [InlineData("One, two, three, four.", 2, "One, two…")]
    public void Trims_whole_sentences_or_words_of_the_first(string text, int maxWords, string expected) =>
        Assert.Equal(expected, WordBudget.Trim(text, maxWords));

    [Fact]
    public void Never_exceeds_the_budget() =>
        Prop.ForAll<string, PositiveInt>((text, max) =>
            WordCount.Of(WordBudget.Trim(text ?? string.Empty, max.Get)) <= max.Get).Check(PropertyConfig.Default);
}
