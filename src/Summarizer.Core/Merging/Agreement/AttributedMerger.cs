using Summarizer.Documents;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Attributes every claim of <paramref name="inner"/>'s merge to the sources verified to report it, before
/// anything checks the citations. For an engine whose citations are computed rather than claimed (the offline
/// merge) used where the pipeline checks citations as written, as it does for a model's: there the offline
/// merge stands in for a model that answered in prose, and its computed citations are not the model's claims.
/// </summary>
internal sealed class AttributedMerger(IStoryMerger inner, StoryAnalysisOptions options) : IStoryMerger
{
    public async Task<MergedSummary> MergeAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        CancellationToken cancellationToken)
    {
        var merged = await inner.MergeAsync(articles, summaries, cancellationToken);
        var analysis = StoryAnalysis.Analyze(articles, options, cancellationToken);

        // Each attribution searches every source's sentences; cancellation is checked claim by claim.
        Claim Attribute(Claim claim)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return analysis.Attribute(claim);
        }

        return merged with
        {
            SummaryClaims = [.. merged.SummaryClaims.Select(Attribute)],
            KeyPoints = [.. merged.KeyPoints.Select(Attribute)],
            SingleSource = [.. merged.SingleSource.Select(Attribute)],
        };
    }
}

/// <summary>Wraps a merger so its claims come attributed to verified sources.</summary>
public static class AttributedMergerExtensions
{
    /// <summary>
    /// <paramref name="merger"/>, with every claim it writes attributed to the sources verified to report it
    /// (e.g. <c>ExtractiveEngine.CreateMerger(options).WithAttributedClaims()</c> as the prose fallback of
    /// <c>ChatMergers.Create</c>, whose pipeline checks citations as written).
    /// </summary>
    public static IStoryMerger WithAttributedClaims(this IStoryMerger merger, StoryAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(merger);
        return new AttributedMerger(merger, (options ?? new StoryAnalysisOptions()).Validate());
    }
}
