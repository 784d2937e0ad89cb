using Summarizer.Documents;
using Summarizer.Merging;

namespace Summarizer.Summarization;

/// <summary>
/// A summarizer that can write a summary again, told which of its statements the sources do not support
/// (used by strict mode: one regeneration, then the run reports what is still ungrounded).
/// </summary>
public interface IRevisingSourceSummarizer : ISourceSummarizer
{
    Task<SourceSummary> ReviseAsync(CleanedArticle article, SourceSummary previous, IReadOnlyList<string> problems, CancellationToken cancellationToken);
}

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

/// <summary>The follow-up a model gets when its reply failed the grounding check.</summary>
internal static class RevisionRequest
{
    public static string Text(IReadOnlyList<string> problems) =>
        "The grounding check could not find these in the sources you were given:\n"
        + string.Concat(problems.Select(p => $"- {p}\n"))
        + "Write your JSON reply again. Keep only what the sources state, copy every number, date and name exactly as a source gives it, "
        + "and remove any statement you cannot support. Reply with only the JSON object, in exactly the format asked for.";
}
