using Microsoft.Extensions.AI;
using Summarizer.Chat;

namespace Summarizer.Connectors.Resilience;

/// <summary>Adds the concurrency bound and optional per-minute limits to a chat client.</summary>
public static class RateLimitingChatClientBuilderExtensions
{
    /// <summary>
    /// Wraps <paramref name="innerClient"/> so at most <see cref="ConnectorOptions.Concurrency"/> calls run at once
    /// and, when set, <see cref="ConnectorOptions.RequestsPerMinute"/> and <see cref="ConnectorOptions.TokensPerMinute"/>
    /// are respected (callers wait; nothing is rejected).
    /// </summary>
    public static IChatClient UseRateLimiting(this IChatClient innerClient, ConnectorOptions options, TimeProvider? timeProvider = null) =>
        UseSharedRateLimiting(innerClient, options, shared: null, timeProvider);

    /// <summary>
    /// As <see cref="UseRateLimiting(IChatClient, ConnectorOptions, TimeProvider?)"/>, with the per-minute limits taken
    /// from <paramref name="shared"/> buckets (every worker of a cluster together) when it is given.
    /// </summary>
    public static IChatClient UseSharedRateLimiting(this IChatClient innerClient, ConnectorOptions options, ISharedRateLimits? shared, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new RateLimitingChatClient(innerClient, options, timeProvider ?? TimeProvider.System, shared);
    }
}
