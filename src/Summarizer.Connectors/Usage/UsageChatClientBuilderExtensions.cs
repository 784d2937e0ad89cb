using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Usage;

/// <summary>Adds usage accounting to a chat client.</summary>
public static class UsageChatClientBuilderExtensions
{
    /// <summary>Wraps <paramref name="innerClient"/> so every attempt and its tokens are counted into <paramref name="tracker"/>.</summary>
    public static IChatClient UseUsageTracking(this IChatClient innerClient, UsageTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        ArgumentNullException.ThrowIfNull(tracker);
        return new UsageChatClient(innerClient, tracker);
    }
}
