namespace Summarizer.Telemetry;

/// <summary>Span names and attribute keys of <see cref="SummarizerTelemetry"/> (documented in the README's Observability section).</summary>
internal static class TelemetryNames
{
    public const string RunSpan = "summarizer.run";
    public const string StorySpan = "summarizer.story";
    public const string SourceSpan = "summarizer.source";
    public const string ChunkSpan = "summarizer.chunk";

    public const string RunKind = "summarizer.run.kind";
    public const string RunOutcome = "summarizer.run.outcome";
    public const string Provider = "summarizer.provider";
    public const string Stage = "summarizer.stage";
    public const string Articles = "summarizer.articles";
    public const string Sources = "summarizer.sources";
    public const string Stories = "summarizer.stories";
    public const string FailureCount = "summarizer.failures";
    public const string StoryIndex = "summarizer.story.index";
    public const string SourceId = "summarizer.source.id";
    public const string SourceOutlet = "summarizer.source.outlet";
    public const string SourceWords = "summarizer.source.words";
    public const string SourceRecalled = "summarizer.source.recalled";
    public const string Chunks = "summarizer.chunks";
    public const string TokenType = "gen_ai.token.type";
    public const string ErrorType = "error.type";

    /// <summary>Event added to the current span when a model call is answered from the cache.</summary>
    public const string CacheHitEvent = "summarizer.cache_hit";

    /// <summary>Event added to the current span when a model call is retried.</summary>
    public const string RetryEvent = "summarizer.retry";
}
