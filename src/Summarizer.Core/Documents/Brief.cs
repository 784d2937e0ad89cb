namespace Summarizer.Documents;

/// <summary>One source as listed in the brief.</summary>
public sealed record BriefSource(CleanedArticle Article, SourceSummary? Summary, int? CopyOf);

/// <summary>The finished product of one run over one story.</summary>
public sealed record Brief(
    DateTimeOffset GeneratedAt,
    string Provider,
    string? Model,
    IReadOnlyList<BriefSource> Sources,
    MergedSummary? Merged,
    CheckReport Checks,
    UsageReport Usage,
    IReadOnlyList<Failure> Failures);
