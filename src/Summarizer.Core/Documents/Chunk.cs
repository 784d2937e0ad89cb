namespace Summarizer.Documents;

/// <summary>A piece of one article's cleaned text that fits a model's context.</summary>
/// <param name="SourceId">The article it belongs to.</param>
/// <param name="Index">0-based position among that article's chunks.</param>
/// <param name="Text">The chunk text (whole sentences, or clauses of one over-long sentence).</param>
/// <param name="Start">Offset of the first character in the cleaned text.</param>
/// <param name="End">Offset just past the last character in the cleaned text.</param>
/// <param name="Tokens">Estimated tokens, by the configured <c>ITokenCounter</c>.</param>
public sealed record Chunk(int SourceId, int Index, string Text, int Start, int End, int Tokens);
