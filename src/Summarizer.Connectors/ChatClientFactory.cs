using Summarizer.Chat;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Connectors.Caching;
using Summarizer.Connectors.Logging;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Resilience;
using Summarizer.Connectors.Usage;

namespace Summarizer.Connectors;

/// <summary>A composed connector: the client to call and the usage it accumulates.</summary>
/// <param name="Client">The outermost client; thread-safe, one per run. Dispose it at the end of the run.</param>
/// <param name="Usage">Calls, tokens, cache hits and retries so far, in total and per stage.</param>
public sealed record ConnectorStack(IChatClient Client, IUsageReport Usage) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}

/// <summary>Builds the model connector for <c>--provider openai</c>.</summary>
public static class ChatClientFactory
{
    /// <summary>
    /// Validates <paramref name="options"/> and composes, innermost first:
    /// <list type="number">
    /// <item>provider (OpenAI SDK): one HTTP request, typed failures, no retries of its own;</item>
    /// <item>logging: one entry per attempt, so retried attempts are visible;</item>
    /// <item>usage: counts every attempt and the tokens it cost, including rejected replies;</item>
    /// <item>resilience: retry/backoff/Retry-After, per-attempt and total timeouts, circuit breaker;</item>
    /// <item>rate limiting: concurrency slot and per-minute permits per logical call, held through back-off;</item>
    /// <item>cache (outermost): a hit costs no limiter slot, no retry budget and no network.</item>
    /// </list>
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names the field.</exception>
    /// <exception cref="ProviderUnusableException">A hosted endpoint has no API key (exit 4).</exception>
    public static ConnectorStack Create(ConnectorOptions options, ILoggerFactory loggerFactory, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;
        var usage = new UsageTracker();

        var client = OpenAIChatClientFactory.Create(options, time)
            .UseLogging(loggerFactory, time)
            .UseUsageTracking(usage)
            .UseResilience(options, time, loggerFactory, usage)
            .UseRateLimiting(options, time);
        if (options.CacheEnabled)
        {
            client = client.UseResponseCache(options, time, loggerFactory, usage);
        }

        loggerFactory.CreateLogger(typeof(ChatClientFactory)).LogInformation(
            "Model connector ready: {Provider} {Model} at {Endpoint}, cache {Cache}",
            options.Provider, options.Model, OpenAIErrorClassifier.Redact(options.EffectiveEndpoint),
            options.CacheEnabled ? options.EffectiveCacheDirectory : "off");
        return new ConnectorStack(client, usage);
    }
}
