using Summarizer.Documents;

namespace Summarizer.Summarization;

/// <summary>Writes the summary of one article.</summary>
public interface ISourceSummarizer
{
    Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken);
}
