using Summarizer.Chat;
using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.OpenAI;

/// <summary>Creates the bare OpenAI-compatible provider client (no retry, cache or limits).</summary>
public static class OpenAIChatClientFactory
{
    /// <summary>
    /// Creates the provider client. Throws <see cref="ProviderUnusableException"/> when a hosted endpoint has no key.
    /// Prefer <see cref="ChatClientFactory.Create"/>, which adds resilience, limits, cache, usage and logging.
    /// </summary>
    public static IChatClient Create(ConnectorOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new OpenAIChatClient(options, timeProvider ?? TimeProvider.System);
    }
}
