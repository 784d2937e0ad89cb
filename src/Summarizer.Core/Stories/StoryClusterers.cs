namespace Summarizer.Stories;

/// <summary>Creates story clusterers.</summary>
public static class StoryClusterers
{
    /// <summary>
    /// Average-linkage agglomerative clustering over a pairwise similarity that blends TF-IDF of
    /// stemmed content words (title and lead weighted up), named-entity overlap and publication-time
    /// proximity. Only pairs that share a rare word or name are compared, so the cost follows those pairs rather
    /// than the square of the day's articles. Thread-safe and reusable.
    /// </summary>
    /// <param name="options">Null for <see cref="StoryClusteringOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public static IStoryClusterer Create(StoryClusteringOptions? options = null) =>
        new AgglomerativeStoryClusterer((options ?? StoryClusteringOptions.Default).Validate());
}
