namespace Summarizer.Stories;

/// <summary>Creates story clusterers.</summary>
public static class StoryClusterers
{
    /// <summary>
    /// Average-linkage agglomerative clustering over a pairwise similarity that blends TF-IDF of
    /// stemmed content words (title and lead weighted up), named-entity overlap and publication-time
    /// proximity. Thread-safe and reusable.
    /// </summary>
    /// <param name="options">Null for <see cref="StoryClusteringOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public static IStoryClusterer Create(StoryClusteringOptions? options = null) =>
        new AgglomerativeStoryClusterer((options ?? StoryClusteringOptions.Default).Validate());
}
