using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Summarizer.Connectors.Usage;
using Summarizer.Telemetry;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// The library's <see cref="DistributedCachingChatClient"/> (key, JSON storage, any <see cref="IDistributedCache"/>) with
/// what this project needs on top: hits marked and counted per stage, a reply that was paid for stored even when the
/// caller cancels right after, and a broken store costing a warning and a model call, never the run.
/// </summary>
internal sealed class ResponseCachingChatClient(
    IChatClient innerClient,
    IDistributedCache storage,
    ILogger<ResponseCachingChatClient> logger,
    UsageTracker? usage) : DistributedCachingChatClient(innerClient, storage)
{
    /// <summary>Set to <c>true</c> in <see cref="ChatResponse.AdditionalProperties"/> of a reply served from the cache.</summary>
    public const string CacheHitKey = "summarizer.cacheHit";

    // A broken store fails every call the same way: warn once, then keep quiet (Debug) for the rest of the run.
    private int _warned;

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        if (response.AdditionalProperties?.ContainsKey(CacheHitKey) == true)
        {
            usage?.RecordCacheHit(options.GetStage());
            // No model call is made, so there is no GenAI span: the hit shows as an event on the waiting step's span.
            RunTelemetry.AddEvent(TelemetryNames.CacheHitEvent, new KeyValuePair<string, object?>(TelemetryNames.Stage, options.GetStage()));
        }

        return response;
    }

    // The pipeline never streams; one cached non-streaming call serves both.
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    protected override async Task<ChatResponse?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var cached = await base.ReadCacheAsync(key, cancellationToken);
            if (cached is not null)
            {
                // Added after reading, so it is never stored.
                (cached.AdditionalProperties ??= [])[CacheHitKey] = true;
                logger.LogDebug("Cache hit ({Key})", key[..12]);
            }

            return cached;
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            Report("Response cache could not be read, calling the model instead: {Error}", ex);
            return null;
        }
    }

    protected override async Task WriteCacheAsync(string key, ChatResponse value, CancellationToken cancellationToken)
    {
        try
        {
            // The reply is paid for: store it even if the caller cancels right now.
            await base.WriteCacheAsync(key, value, CancellationToken.None).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            Report("Response cache could not be written; the reply is used but not kept: {Error}", ex);
        }
    }

    // What a SQLite file, a full disk, a corrupt entry or a slow remote store throws; anything else is not hidden.
    private static bool IsStoreFailure(Exception ex) =>
        ex is DbException or IOException or UnauthorizedAccessException or JsonException or TimeoutException;

    private void Report(string template, Exception ex)
    {
        var level = Interlocked.Exchange(ref _warned, 1) == 0 ? LogLevel.Warning : LogLevel.Debug;
#pragma warning disable CA2254 // The two templates are constants chosen above.
        logger.Log(level, template, ex.Message);
#pragma warning restore CA2254
    }
}
