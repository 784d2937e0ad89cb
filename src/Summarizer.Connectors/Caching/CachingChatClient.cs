using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Connectors.Usage;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// Answers a call from disk when the same request (see <see cref="CacheKey"/>) was answered before;
/// otherwise calls through and stores the reply. Only good replies reach it: bad ones are exceptions.
/// A broken cache (unreadable file, full disk) costs a warning and a model call, never the run.
/// </summary>
internal sealed class CachingChatClient(
    IChatClient innerClient,
    ConnectorOptions connector,
    SqliteResponseCache cache,
    ILogger<CachingChatClient> logger,
    UsageTracker? usage) : DelegatingChatClient(innerClient)
{
    /// <summary>Set to <c>true</c> in <see cref="ChatResponse.AdditionalProperties"/> of a reply served from the cache.</summary>
    public const string CacheHitKey = "summarizer.cacheHit";

    // A broken cache fails every call the same way: warn once, then keep quiet (Debug) for the rest of the run.
    private int _warned;

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = CacheKey.Compute(connector, list, options);
        var stage = options.GetStage();

        var cached = await TryReadAsync(key, cancellationToken);
        if (cached is not null)
        {
            usage?.RecordCacheHit(stage);
            logger.LogDebug("Cache hit for stage {Stage} ({Key})", stage, key[..12]);
            return cached.ToResponse();
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken);
        await TryWriteAsync(key, CachedReply.From(response), cancellationToken);
        return response;
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    private async Task<CachedReply?> TryReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var json = await cache.TryGetAsync(key, cancellationToken);
            return json is null ? null : CachedReply.Parse(json);
        }
        catch (Exception ex) when (ex is SqliteException or JsonException or IOException or UnauthorizedAccessException)
        {
            Report("Response cache {CacheFile} could not be read, calling the model instead: {Error}", ex);
            return null;
        }
    }

    private async Task TryWriteAsync(string key, CachedReply reply, CancellationToken cancellationToken)
    {
        try
        {
            // The reply is paid for: store it even if the caller cancels right now.
            await cache.SetAsync(key, reply.Serialize(), CancellationToken.None).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            Report("Response cache {CacheFile} could not be written; the reply is used but not kept: {Error}", ex);
        }
    }

    private void Report(string template, Exception ex)
    {
        var level = Interlocked.Exchange(ref _warned, 1) == 0 ? LogLevel.Warning : LogLevel.Debug;
#pragma warning disable CA2254 // The two templates are constants chosen above.
        logger.Log(level, template, cache.FilePath, ex.Message);
#pragma warning restore CA2254
    }
}
