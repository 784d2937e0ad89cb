using Summarizer.Checking;

namespace Summarizer.Pipeline;

/// <summary>Plugs the grounding check into a pipeline.</summary>
public static class GroundingPipelineExtensions
{
    /// <summary>Checks numbers, dates, names, quotes and citations of the brief against the sources.</summary>
    public static SummaryPipelineBuilder UseGroundingCheck(this SummaryPipelineBuilder builder, IGroundingChecker? checker = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseEnricher(new GroundingEnricher(checker ?? GroundingChecker.Create()));
    }
}
