using Summarizer.Documents;

namespace Summarizer.Scheduling.Clustering;

/// <summary>Runs one story of a brief's day on this worker: the engine of that brief, its articles numbered 1..n.</summary>
internal delegate Task<Brief> StoryWork(IReadOnlyList<CleanedArticle> story, CancellationToken cancellationToken);

/// <summary>How this worker runs the stories of each brief it serves, known by the brief's cluster key.</summary>
internal sealed class BriefStories(IReadOnlyDictionary<string, StoryWork> byBrief)
{
    /// <summary>The work of the brief <paramref name="briefKey"/> names (<see cref="DailyBriefTrigger.KeyOf"/>), or null for one this worker was not given.</summary>
    public StoryWork? For(string briefKey) => byBrief.GetValueOrDefault(briefKey);
}
