using Summarizer.Documents;

namespace Summarizer.Stories;

/// <summary>
/// Groups a day's articles into stories: articles about the same event end up in one cluster.
/// Pure CPU work, so synchronous; deterministic for a given set of articles whatever their order.
/// </summary>
public interface IStoryClusterer
{
    /// <summary>
    /// Every article lands in exactly one cluster (a lone article is a story too). Clusters come
    /// ordered by <see cref="StoryCluster.DistinctOutlets"/> (desc), then size (desc), then the
    /// smallest article id; articles inside a cluster are in id order.
    /// </summary>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; checked inside the pairwise loops.</exception>
    IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken = default);
}

/// <summary>One story of the day and what a caller needs to rank and label it.</summary>
/// <param name="Articles">The articles about the story, in id order; never empty.</param>
/// <param name="Outlets">
/// Distinct outlets, ordinal-ignore-case, sorted: <see cref="ArticleMetadata.Outlet"/>, else the
/// URL host, else the origin.
/// </param>
/// <param name="Representative">The article most similar to the rest of the cluster (ties: lowest id).</param>
/// <param name="Title">
/// The representative's title; when it has none, the first title in the cluster, else its first sentence.
/// </param>
/// <param name="Cohesion">Mean pairwise similarity inside the cluster, 0..1 (1 for a singleton).</param>
public sealed record StoryCluster(
    IReadOnlyList<CleanedArticle> Articles,
    IReadOnlyList<string> Outlets,
    CleanedArticle Representative,
    string Title,
    double Cohesion)
{
    /// <summary>How many different outlets covered the story; the main signal for ranking stories.</summary>
    public int DistinctOutlets => Outlets.Count;
}
