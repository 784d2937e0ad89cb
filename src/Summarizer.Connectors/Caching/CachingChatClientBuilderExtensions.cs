using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Usage;

namespace Summarizer.Connectors.Caching;

/// <summary>Adds the reply cache to a chat pipeline.</summary>
public static class CachingChatClientBuilderExtensions
{
    /// <summary>
    /// Adds the library's distributed cache over <paramref name="storage"/> (SQLite by default, Redis or any other
    /// <see cref="IDistributedCache"/> an application supplies). The library keys on the messages and the options; the
    /// provider, endpoint (without credentials), model and store format are added to the key here. Cache hits are
    /// counted into <paramref name="usage"/>. The API key is never part of what is stored.
    /// </summary>
    public static ChatClientBuilder UseResponseCache(
        this ChatClientBuilder builder,
        IDistributedCache storage,
        ConnectorOptions options,
        ILoggerFactory? loggerFactory = null,
        UsageTracker? usage = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResponseCachingChatClient>();
        return builder.Use(inner => new ResponseCachingChatClient(inner, storage, logger, usage)
        {
            CacheKeyAdditionalValues = KeyValues(options),
        });
    }

    internal static object[] KeyValues(ConnectorOptions options) =>
    [
        "summarizer-responses-v" + SqliteResponseStore.FormatVersion.ToString(CultureInfo.InvariantCulture),
        options.Provider.ToLowerInvariant(),
        OpenAIErrorClassifier.Redact(options.EffectiveEndpoint).TrimEnd('/'),
        options.Model ?? string.Empty,
    ];
}
