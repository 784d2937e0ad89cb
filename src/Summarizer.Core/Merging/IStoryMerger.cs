using Summarizer.Documents;

namespace Summarizer.Merging;

/// <summary>Writes the cross-source summary of one story from its articles and their summaries.</summary>
public interface IStoryMerger
{
    Task<MergedSummary> MergeAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        CancellationToken cancellationToken);
}
