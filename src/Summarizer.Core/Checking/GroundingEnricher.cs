using Summarizer.Documents;

namespace Summarizer.Checking;

/// <summary>Runs the grounding check over everything the engine wrote and records what it found in the brief.</summary>
internal sealed class GroundingEnricher(IGroundingChecker checker) : IBriefEnricher
{
    public Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var articles = brief.Sources.Select(s => s.Article).ToList();
        var summaries = brief.Sources.Select(s => s.Summary).OfType<SourceSummary>().ToList();
        var report = checker.CheckBrief(brief.Merged, summaries, articles, cancellationToken);
        return Task.FromResult(brief with { Checks = new CheckReport([.. brief.Checks.Ungrounded, .. report.Ungrounded]) });
    }
}
