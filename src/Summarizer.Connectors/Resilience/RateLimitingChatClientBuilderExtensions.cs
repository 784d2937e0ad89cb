using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Resilience;

/// <summary>Adds the concurrency bound and optional per-minute limits to a chat client.</summary>
public static class RateLimitingChatClientBuilderExtensions
{
    /// <summary>
    /// Wraps <paramref name="innerClient"/> so at most <see cref="ConnectorOptions.Concurrency"/> calls run at once
    /// and, when set, <see cref="ConnectorOptions.RequestsPerMinute"/> and <see cref="ConnectorOptions.TokensPerMinute"/>
    /// are respected (callers wait; nothing is rejected).
    /// </summary>
    public static IChatClient UseRateLimiting(this IChatClient innerClient, ConnectorOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new RateLimitingChatClient(innerClient, options, timeProvider ?? TimeProvider.System);
    }
}
