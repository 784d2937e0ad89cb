using Summarizer.Text;

namespace Summarizer.Core.Tests.Text;

public class StopwordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("nearly")]
    [InlineData("percent")]
    [InlineData("don")]
    public void Cover_function_words_reporting_verbs_and_hedges(string word) => Assert.True(Stopwords.IsStopword(word));

    [Theory]
    [InlineData("government")]
    [InlineData("ferry")]
    [InlineData("The")] // lookups are ordinal on lowercase words
    public void Leave_out_topic_words(string word) => Assert.False(Stopwords.IsStopword(word));
}
