using Summarizer.Checking;

namespace Summarizer.Pipeline;

/// <summary>Plugs the grounding check into a pipeline.</summary>
public static class GroundingPipelineExtensions
{
    /// <summary>
    /// Checks numbers, dates, names, quotes and citations of the final brief against the sources, after every other
    /// enricher: a citation it rejects is dropped and reported in the brief's checks.
    /// </summary>
    public static SummaryPipelineBuilder UseGroundingCheck(this SummaryPipelineBuilder builder, IGroundingChecker? checker = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseEnricher(new GroundingEnricher(checker ?? GroundingChecker.Create()));
    }
}
