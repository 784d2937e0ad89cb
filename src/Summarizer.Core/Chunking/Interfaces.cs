using Summarizer.Documents;

namespace Summarizer.Chunking;

/// <summary>A span of text with its offsets in the text it was cut from.</summary>
internal readonly record struct TextSegment(string Text, int Start, int End);

/// <summary>Estimates how many model tokens a text costs. Exact BPE is not available here.</summary>
public interface ITokenCounter
{
    int Count(string text);
}

/// <summary>Splits text into sentences, keeping offsets into the original text.</summary>
internal interface ISentenceSplitter
{
    IReadOnlyList<TextSegment> Split(string text);
}

/// <summary>Cuts one article's text into chunks that fit a model's context.</summary>
public interface IChunker
{
    IReadOnlyList<Chunk> Chunk(int sourceId, string text);
}
