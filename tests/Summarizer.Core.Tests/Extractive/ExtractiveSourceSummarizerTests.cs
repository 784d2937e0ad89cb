using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

public class ExtractiveSourceSummarizerTests
{
    private static SourceSummary Summarize(CleanedArticle article, SummaryOptions options) =>
        ExtractiveEngine.CreateSourceSummarizer(options).SummarizeAsync(article, CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void Starts_with_the_lead_sentence_and_respects_the_budget()
    {
        var article = Stories.Flood()[0];
        var summary = Summarize(article, new SummaryOptions { SourceMaxWords = 40 });
        Assert.Equal(1, summary.SourceId);
        Assert.StartsWith("Floodwater from the Tarrow River", summary.Summary, StringComparison.Ordinal);
        Assert.True(WordCount.Of(summary.Summary) <= 40);
    }

    [Fact]
    public void Key_points_are_further_sentences_never_headings_or_questions()
    {
        var article = Stories.Flood()[0];
        var summary = Summarize(article, new SummaryOptions { SourceMaxWords = 30, SourceKeyPoints = 5 });
        Assert.NotEmpty(summary.KeyPoints);
        Assert.True(summary.KeyPoints.Count <= 5);
        Assert.DoesNotContain(summary.KeyPoints, k => summary.Summary.Contains(k, StringComparison.Ordinal));
        Assert.DoesNotContain(summary.KeyPoints, k => k == Stories.Heading || k == Stories.Question);
    }

    [Fact]
    public void Cuts_an_overlong_only_sentence_to_the_budget()
    {
        var words = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"word{i}"));
        var summary = Summarize(Stories.Article(7, words + "."), new SummaryOptions { SourceMaxWords = 10, SourceKeyPoints = 0 });
        Assert.Equal(10, WordCount.Of(summary.Summary));
        Assert.EndsWith("…", summary.Summary, StringComparison.Ordinal);
        Assert.Empty(summary.KeyPoints);
    }
}
