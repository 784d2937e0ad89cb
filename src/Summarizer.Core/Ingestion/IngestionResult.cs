using Summarizer.Documents;

namespace Summarizer.Ingestion;

/// <summary>The inputs that could be read, and one failure per input that could not.</summary>
public sealed record IngestionResult(IReadOnlyList<RawArticle> Articles, IReadOnlyList<Failure> Failures);
