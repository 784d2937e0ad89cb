using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.Usage;

namespace Summarizer.Connectors.Caching;

/// <summary>Adds the on-disk response cache to a chat client.</summary>
public static class CachingChatClientBuilderExtensions
{
    /// <summary>
    /// Wraps <paramref name="innerClient"/> with the SQLite response cache in
    /// <see cref="ConnectorOptions.EffectiveCacheDirectory"/>. Cache hits are counted into <paramref name="usage"/>.
    /// Callers honour <see cref="ConnectorOptions.CacheEnabled"/> by not calling this (the factory does so).
    /// </summary>
    public static IChatClient UseResponseCache(
        this IChatClient innerClient,
        ConnectorOptions options,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        UsageTracker? usage = null)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        ArgumentNullException.ThrowIfNull(options);
        var cache = new SqliteResponseCache(options.EffectiveCacheDirectory, timeProvider ?? TimeProvider.System);
        return new CachingChatClient(
            innerClient,
            options,
            cache,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CachingChatClient>(),
            usage);
    }
}
