using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using Summarizer.Chat;

namespace Summarizer.Connectors.OpenAI;

/// <summary>Creates the bare OpenAI-compatible provider client (no retry, cache or limits).</summary>
public static class OpenAIChatClientFactory
{
    // Local servers ignore the Authorization header, but the SDK requires a credential.
    private const string PlaceholderKey = "no-key-needed-for-local-endpoints";

    /// <summary>
    /// Creates the provider client: the OpenAI SDK's chat client as an <see cref="IChatClient"/>
    /// (<c>GetChatClient(model).AsIChatClient()</c> from Microsoft.Extensions.AI.OpenAI), with this project's typed
    /// failures and reply checks on top and the connector's defaults (temperature, token limit, seed) applied.
    /// Throws <see cref="ProviderUnusableException"/> when a hosted endpoint has no key.
    /// Prefer <see cref="ChatClientFactory.Create"/>,
    /// which adds resilience, limits, cache, usage and logging.
    /// </summary>
    public static IChatClient Create(ConnectorOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ChatClientBuilder(CreateProvider(options, timeProvider ?? TimeProvider.System))
            .ConfigureOptions(new RequestDefaults(options).Apply)
            .Build();
    }

    /// <summary>The adapter with typed failures and reply checks, without the connector's option defaults.</summary>
    internal static IChatClient CreateProvider(ConnectorOptions options, TimeProvider timeProvider)
    {
        var errors = new OpenAIErrorClassifier(options, timeProvider);
        var endpoint = options.EffectiveEndpoint;
        if (string.IsNullOrEmpty(options.ApiKey) && !endpoint.IsLoopback)
        {
            throw new ProviderUnusableException(ProviderUnusableReason.MissingApiKey,
                $"No API key for {errors.EndpointForMessages}: set OPENAI_API_KEY (only loopback endpoints work without a key)");
        }

        var clientOptions = new OpenAIClientOptions
        {
            // Azure OpenAI v1, Ollama, vLLM, llama.cpp and LM Studio are all reached through the endpoint.
            Endpoint = endpoint,
            // One retry policy (Polly, outside); one timeout policy (Polly's per-attempt timeout).
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
            UserAgentApplicationId = "summarizer",
        };
        var credential = new ApiKeyCredential(options.ApiKey is { Length: > 0 } key ? key : PlaceholderKey);
        var adapter = new OpenAIClient(credential, clientOptions).GetChatClient(options.Model).AsIChatClient();
        return new ProviderFailureChatClient(adapter, errors, options.Model ?? "?");
    }
}
