namespace Summarizer.Chunking;

/// <summary>Creates chunkers.</summary>
public static class Chunkers
{
    /// <summary>
    /// A sentence-boundary chunker with overlap. Options are validated here; defaults are
    /// <see cref="ChunkingOptions.Default"/> and <see cref="TokenCounters.Estimating"/>.
    /// </summary>
    public static IChunker Create(ChunkingOptions? options = null, ITokenCounter? tokenCounter = null) =>
        new SentenceChunker(
            (options ?? ChunkingOptions.Default).Validate(),
            tokenCounter ?? TokenCounters.Estimating,
            SentenceSplitter.Instance);
}
