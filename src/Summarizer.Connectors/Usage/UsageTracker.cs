using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Summarizer.Documents;
using Summarizer.Telemetry;

namespace Summarizer.Connectors.Usage;

/// <summary>Usage of one pipeline stage (named by <see cref="ConnectorChatOptions.StageKey"/>).</summary>
/// <param name="Stage">Stage name, <see cref="ConnectorChatOptions.DefaultStage"/> when a call named none.</param>
/// <param name="ModelCalls">Attempts that got a reply from the model (good or bad). Cache hits are not calls.</param>
/// <param name="InputTokens">Prompt tokens the provider reported.</param>
/// <param name="OutputTokens">Completion tokens the provider reported, including those of rejected replies.</param>
/// <param name="CacheHits">Calls answered from the cache.</param>
/// <param name="Retries">Retries made by the resilience layer.</param>
/// <param name="FailedAttempts">Attempts that ended without a usable reply (HTTP errors, timeouts, bad replies).</param>
public sealed record StageUsage(string Stage, int ModelCalls, long InputTokens, long OutputTokens, int CacheHits, int Retries, int FailedAttempts);

/// <summary>Read side of usage accounting: what the run cost so far, in total and per stage.</summary>
public interface IUsageReport
{
    /// <summary>Totals over all stages, in the shape brief.json's <c>usage</c> takes.</summary>
    UsageReport Total { get; }

    /// <summary>One entry per stage seen, sorted by stage name (ordinal).</summary>
    IReadOnlyList<StageUsage> ByStage { get; }
}

/// <summary>
/// Thread-safe counters written by the usage, resilience and cache decorators of one connector stack.
/// One instance per run; read it at the end through <see cref="IUsageReport"/>. With a <see cref="SummarizerTelemetry"/>,
/// every count is also added to its <c>summarizer.model.*</c> and <c>summarizer.cache.hits</c> counters, tagged with the stage.
/// </summary>
/// <param name="telemetry">Where the counts are reported as metrics too; null for none.</param>
public sealed class UsageTracker(SummarizerTelemetry? telemetry = null) : IUsageReport
{
    private readonly ConcurrentDictionary<string, Counters> _stages = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public UsageReport Total
    {
        get
        {
            var stages = ByStage;
            return new UsageReport(
                stages.Sum(s => s.ModelCalls),
                stages.Sum(s => s.InputTokens),
                stages.Sum(s => s.OutputTokens),
                stages.Sum(s => s.CacheHits),
                stages.Sum(s => s.Retries));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StageUsage> ByStage =>
        [.. _stages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Snapshot(p.Key))];

    /// <summary>Counts one attempt that got a reply, with the tokens it cost (null when the server reported none).</summary>
    internal void RecordCall(string stage, UsageDetails? usage, bool usable = true)
    {
        var counters = For(stage);
        Interlocked.Increment(ref counters.Calls);
        Interlocked.Add(ref counters.InputTokens, usage?.InputTokenCount ?? 0);
        Interlocked.Add(ref counters.OutputTokens, usage?.OutputTokenCount ?? 0);
        if (!usable)
        {
            Interlocked.Increment(ref counters.Failed);
        }

        if (telemetry is not null)
        {
            var tag = StageTag(stage);
            telemetry.ModelCalls.Add(1, tag);
            telemetry.Tokens.Add(usage?.InputTokenCount ?? 0, tag, new(TelemetryNames.TokenType, "input"));
            telemetry.Tokens.Add(usage?.OutputTokenCount ?? 0, tag, new(TelemetryNames.TokenType, "output"));
            if (!usable)
            {
                telemetry.Failures.Add(1, tag, new(TelemetryNames.ErrorType, "invalid_reply"));
            }
        }
    }

    /// <summary>Counts one attempt that failed without a reply (HTTP error, timeout, connection failure).</summary>
    /// <param name="stage">The stage of the call.</param>
    /// <param name="errorType">What failed (an HTTP status, or an exception type), for the metric's <c>error.type</c>.</param>
    internal void RecordFailedAttempt(string stage, string errorType = "unknown")
    {
        Interlocked.Increment(ref For(stage).Failed);
        telemetry?.Failures.Add(1, StageTag(stage), new(TelemetryNames.ErrorType, errorType));
    }

    /// <summary>Counts one call answered from the cache.</summary>
    internal void RecordCacheHit(string stage)
    {
        Interlocked.Increment(ref For(stage).CacheHits);
        telemetry?.CacheHits.Add(1, StageTag(stage));
    }

    /// <summary>Counts one retry.</summary>
    internal void RecordRetry(string stage)
    {
        Interlocked.Increment(ref For(stage).Retries);
        telemetry?.Retries.Add(1, StageTag(stage));
    }

    private static KeyValuePair<string, object?> StageTag(string stage) => new(TelemetryNames.Stage, stage);

    private Counters For(string stage) => _stages.GetOrAdd(stage, static _ => new Counters());

    private sealed class Counters
    {
        public int Calls;
        public long InputTokens;
        public long OutputTokens;
        public int CacheHits;
        public int Retries;
        public int Failed;

        public StageUsage Snapshot(string stage) => new(
            stage,
            Volatile.Read(ref Calls),
            Interlocked.Read(ref InputTokens),
            Interlocked.Read(ref OutputTokens),
            Volatile.Read(ref CacheHits),
            Volatile.Read(ref Retries),
            Volatile.Read(ref Failed));
    }
}
