namespace Summarizer.Documents;

/// <summary>
/// A deterministic step after the merge that completes the brief: copies, agreement counts,
/// disagreements, single-source claims, grounding checks.
/// </summary>
public interface IBriefEnricher
{
    Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken);
}
