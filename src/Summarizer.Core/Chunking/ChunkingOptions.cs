using System.ComponentModel.DataAnnotations;

namespace Summarizer.Chunking;

/// <summary>How articles are cut into chunks for the map/reduce path.</summary>
public sealed record ChunkingOptions
{
    public static readonly ChunkingOptions Default = new();

    /// <summary>
    /// Largest chunk, in estimated tokens. Default 1500: well inside any current context window
    /// once the prompt and the reply are added, and small enough that a chunk summary stays faithful.
    /// </summary>
    [Range(MinMaxTokens, MaxMaxTokens)]
    public int MaxTokens { get; init; } = 1500;

    /// <summary>
    /// Sentences repeated at the start of the next chunk so a fact split across the cut keeps its
    /// context. Default 1. The chunker drops overlap sentences when keeping them would leave no room
    /// for new text, so every chunk moves forward.
    /// </summary>
    [Range(0, MaxOverlapSentences)]
    public int OverlapSentences { get; init; } = 1;

    internal const int MinMaxTokens = 8;
    internal const int MaxMaxTokens = 1_000_000;
    internal const int MaxOverlapSentences = 10;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid field.</summary>
    public ChunkingOptions Validate()
    {
        if (MaxTokens is < MinMaxTokens or > MaxMaxTokens)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxTokens),
                MaxTokens,
                $"ChunkingOptions.MaxTokens must be between {MinMaxTokens} and {MaxMaxTokens}.");
        }

        if (OverlapSentences is < 0 or > MaxOverlapSentences)
        {
            throw new ArgumentOutOfRangeException(
                nameof(OverlapSentences),
                OverlapSentences,
                $"ChunkingOptions.OverlapSentences must be between 0 and {MaxOverlapSentences}.");
        }

        // An overlap of n sentences needs room for them plus at least one new sentence; with the
        // smallest sentences (a few tokens each) that is about 4 tokens per sentence.
        if (OverlapSentences * 4 >= MaxTokens)
        {
            throw new ArgumentOutOfRangeException(
                nameof(OverlapSentences),
                OverlapSentences,
                $"ChunkingOptions.OverlapSentences ({OverlapSentences}) leaves no room for new text within MaxTokens ({MaxTokens}); use fewer overlap sentences or more tokens.");
        }

        return this;
    }
}
