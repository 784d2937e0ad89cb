using Summarizer.Documents;

namespace Summarizer.Summarization;

/// <summary>
/// A summarizer that can write a summary again, told which of its statements the sources do not support
/// (used by strict mode: one regeneration, then the run reports what is still ungrounded).
/// </summary>
public interface IRevisingSourceSummarizer : ISourceSummarizer
{
    Task<SourceSummary> ReviseAsync(CleanedArticle article, SourceSummary previous, IReadOnlyList<string> problems, CancellationToken cancellationToken);
}
