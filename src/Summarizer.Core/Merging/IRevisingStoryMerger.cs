using Summarizer.Documents;

namespace Summarizer.Merging;

/// <summary>A merger that can write the merged summary again, told which statements are unsupported.</summary>
public interface IRevisingStoryMerger : IStoryMerger
{
    Task<MergedSummary> ReviseAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        MergedSummary previous,
        IReadOnlyList<string> problems,
        CancellationToken cancellationToken);
}
