using Summarizer.Documents;
using Summarizer.Merging;

namespace Summarizer.SemanticKernel;

/// <summary>
/// The "merge" of a story told by one article: its own summary and key points, claimed for that article, so summarizing
/// one article costs no second model call. The grounding check then verifies them against the article like any model merge.
/// </summary>
internal sealed class OneArticleStory : IStoryMerger
{
    private const int HeadlineWords = 14;

    public Task<MergedSummary> MergeAsync(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<SourceSummary> summaries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(summaries);
        var summary = summaries.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Summary))
            ?? throw new ArgumentException("There is no summary to use.", nameof(summaries));
        var article = articles.First(a => a.Id == summary.SourceId);
        var headline = article.Title ?? article.Metadata.Title ?? WordCount.FirstWords(summary.Summary, HeadlineWords).Trim();
        Claim Cited(string text) => new(text, [summary.SourceId]);
        return Task.FromResult(new MergedSummary(headline, summary.Summary, [.. summary.KeyPoints.Select(Cited)], [], [])
        {
            ClaimedCitations = true,
        });
    }
}
