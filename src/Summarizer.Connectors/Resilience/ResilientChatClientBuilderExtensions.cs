using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.Usage;

namespace Summarizer.Connectors.Resilience;

/// <summary>Adds retry, timeouts and a circuit breaker to a chat client.</summary>
public static class ResilientChatClientBuilderExtensions
{
    /// <summary>
    /// Wraps <paramref name="innerClient"/> in the retry/timeout/breaker pipeline configured by
    /// <paramref name="options"/> (see the retry and breaker properties of <see cref="ConnectorOptions"/> for defaults).
    /// Retries are counted into <paramref name="usage"/> when given.
    /// </summary>
    public static IChatClient UseResilience(
        this IChatClient innerClient,
        ConnectorOptions options,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        UsageTracker? usage = null)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ResilientChatClient(
            innerClient,
            options,
            timeProvider ?? TimeProvider.System,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResilientChatClient>(),
            usage);
    }
}
