using Summarizer.Merging.Agreement;

namespace Summarizer.Pipeline;

/// <summary>Plugs the cross-source analysis into a pipeline.</summary>
public static class StoryAnalysisPipelineExtensions
{
    /// <summary>Adds copy detection, agreement, disagreements and single-source claims after the merge.</summary>
    public static SummaryPipelineBuilder UseStoryAnalysis(this SummaryPipelineBuilder builder, StoryAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseEnricher(new StoryAnalysisEnricher((options ?? new StoryAnalysisOptions()).Validate()));
    }
}
