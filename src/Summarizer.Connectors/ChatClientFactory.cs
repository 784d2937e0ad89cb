using System.Diagnostics.CodeAnalysis;
using Summarizer.Chat;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Summarizer.Connectors.Caching;
using Summarizer.Connectors.Logging;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Resilience;
using Summarizer.Connectors.Telemetry;
using Summarizer.Connectors.Usage;
using Summarizer.Telemetry;

namespace Summarizer.Connectors;

/// <summary>A composed connector: the client to call and the usage it accumulates.</summary>
/// <param name="Client">The outermost client; thread-safe, one per run. Dispose it at the end of the run.</param>
/// <param name="Usage">Calls, tokens, cache hits and retries so far, in total and per stage.</param>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A stack of decorators around one client, not a Stack<T> collection; renaming would break the public API.")]
public sealed record ConnectorStack(IChatClient Client, IUsageReport Usage) : IDisposable
{
    /// <summary>What the stack opened itself and releases with the client (the default SQLite store).</summary>
    internal IDisposable? Owned { get; init; }

    /// <inheritdoc />
    public void Dispose()
    {
        Client.Dispose();
        Owned?.Dispose();
    }
}

/// <summary>Builds the model connector for <c>--provider openai</c>.</summary>
public static class ChatClientFactory
{
    /// <summary>
    /// Validates <paramref name="options"/> and composes with Microsoft.Extensions.AI's <see cref="ChatClientBuilder"/>,
    /// outermost first:
    /// <list type="number">
    /// <item>options (library <c>ConfigureOptions</c>): connector defaults filled in, so the cache key holds effective values;</item>
    /// <item>cache (library <c>UseDistributedCache</c>, SQLite by default, Redis when configured): a hit costs no limiter slot, no retry budget and no network;</item>
    /// <item>rate limiting: concurrency slot and per-minute permits per logical call, held through back-off;</item>
    /// <item>resilience (Polly): retry/backoff/Retry-After, per-attempt and total timeouts, circuit breaker;</item>
    /// <item>
    /// telemetry (library <c>UseOpenTelemetry</c>): one GenAI span per attempt that reaches the provider, so a retried
    /// 429 is a failed span followed by the one that worked, the span times the model and not our back-off or rate-limit
    /// waits, and its token counts are tokens paid for; a cache hit makes no span (it is an event on the caller's span);
    /// </item>
    /// <item>usage: counts every attempt and the tokens it cost, including rejected replies;</item>
    /// <item>logging: one entry per attempt, so retried attempts are visible;</item>
    /// <item>provider: the library's OpenAI adapter (SDK retries off), with typed failures and reply checks.</item>
    /// </list>
    /// </summary>
    /// <param name="options">The connector settings.</param>
    /// <param name="loggerFactory">Logs of the connector and its decorators.</param>
    /// <param name="timeProvider">The clock of retries, timeouts and rate limits; the system clock when null.</param>
    /// <param name="cache">
    /// Where replies are cached: an application's Redis or other <see cref="IDistributedCache"/> (the caller owns it), or
    /// null for the Redis server of <see cref="ConnectorOptions.Redis"/> when set, else the SQLite file in
    /// <see cref="ConnectorOptions.EffectiveCacheDirectory"/>. Unused with caching off.
    /// </param>
    /// <param name="telemetry">Where calls, tokens, cache hits, retries and failures are counted as metrics; null for none.</param>
    /// <param name="sharedLimits">
    /// Where the per-minute limits are counted when several processes share the account (a cluster's store); null
    /// counts them in this process only.
    /// </param>
    /// <exception cref="ArgumentException">An option is invalid; the message names the field.</exception>
    /// <exception cref="ProviderUnusableException">A hosted endpoint has no API key (exit 4).</exception>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The SQLite or Redis store is owned by the returned stack, or disposed here if composing fails.")]
    public static ConnectorStack Create(ConnectorOptions options, ILoggerFactory loggerFactory, TimeProvider? timeProvider = null, IDistributedCache? cache = null, SummarizerTelemetry? telemetry = null, ISharedRateLimits? sharedLimits = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;
        var usage = new UsageTracker(telemetry);
        var provider = OpenAIChatClientFactory.CreateProvider(options, time);

        IDisposable? owned = null;
        try
        {
            var builder = new ChatClientBuilder(provider).ConfigureOptions(new RequestDefaults(options).Apply);
            var where = "off";
            if (options.CacheEnabled)
            {
                where = cache is not null ? "supplied by the application"
                    : options.Redis is { } redis ? "Redis " + RedisResponseStore.Describe(redis)
                    : options.EffectiveCacheDirectory;
                if (cache is null)
                {
                    cache = OpenStore(options, loggerFactory, time);
                    owned = cache as IDisposable;
                }

                if (cache is not null)
                {
                    builder.UseResponseCache(cache, options, loggerFactory, usage);
                }
            }

            var client = builder
                .Use(inner => inner.UseSharedRateLimiting(options, sharedLimits, time))
                .Use(inner => inner.UseResilience(options, time, loggerFactory, usage))
                .UseModelCallSpans()
                .Use(inner => inner.UseUsageTracking(usage))
                .Use(inner => inner.UseLogging(loggerFactory, time))
                .Build();

            loggerFactory.CreateLogger(typeof(ChatClientFactory)).LogInformation(
                "Model connector ready: {Provider} {Model} at {Endpoint}, cache {Cache}",
                options.Provider, options.Model, OpenAIErrorClassifier.Redact(options.EffectiveEndpoint),
                where);
            return new ConnectorStack(client, usage) { Owned = owned };
        }
        catch
        {
            provider.Dispose();
            owned?.Dispose();
            throw;
        }
    }

    // The Redis server when one is configured, else the SQLite file (null, after a warning, when it cannot be opened).
    private static IDistributedCache? OpenStore(ConnectorOptions options, ILoggerFactory loggerFactory, TimeProvider time) =>
        options.Redis is { } redis ? RedisResponseStore.Open(redis, time) : SqliteResponseStore.TryOpen(options.EffectiveCacheDirectory, loggerFactory);
}
