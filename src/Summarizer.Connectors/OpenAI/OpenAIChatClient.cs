using Summarizer.Chat;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AiChatFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using SdkChatClient = OpenAI.Chat.ChatClient;
using SdkFinishReason = OpenAI.Chat.ChatFinishReason;

namespace Summarizer.Connectors.OpenAI;

/// <summary>
/// <see cref="IChatClient"/> over the official OpenAI SDK, for any OpenAI-compatible endpoint
/// (OpenAI, Azure OpenAI v1, Ollama, vLLM, llama.cpp server, LM Studio).
/// Failures leave as <see cref="ProviderUnusableException"/>, <see cref="ProviderTransientException"/>
/// or <see cref="ModelReplyException"/>; nothing here retries (the SDK's retries are off, Polly owns retrying).
/// Every call uses <see cref="ConnectorOptions.Model"/>; <see cref="ChatOptions.ModelId"/> is not honoured
/// (one run, one model, which keeps the cache key and brief.json's <c>model</c> truthful).
/// </summary>
internal sealed class OpenAIChatClient : IChatClient
{
    // Local servers ignore the Authorization header, but the SDK requires a credential.
    private const string PlaceholderKey = "no-key-needed-for-local-endpoints";

    private readonly SdkChatClient _client;
    private readonly ConnectorOptions _options;
    private readonly OpenAIErrorClassifier _errors;
    private readonly ChatClientMetadata _metadata;

    public OpenAIChatClient(ConnectorOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _errors = new OpenAIErrorClassifier(options, timeProvider);
        var endpoint = options.EffectiveEndpoint;
        if (string.IsNullOrEmpty(options.ApiKey) && !endpoint.IsLoopback)
        {
            throw new ProviderUnusableException(ProviderUnusableReason.MissingApiKey,
                $"No API key for {_errors.EndpointForMessages}: set OPENAI_API_KEY (only loopback endpoints work without a key)");
        }

        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            // One retry policy (Polly, outside); one timeout policy (Polly's per-attempt timeout).
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
            UserAgentApplicationId = "summarizer",
        };
        _client = new SdkChatClient(options.Model, new ApiKeyCredential(options.ApiKey is { Length: > 0 } key ? key : PlaceholderKey), clientOptions);
        _metadata = new ChatClientMetadata(options.Provider, new Uri(_errors.EndpointForMessages), options.Model);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var sdkMessages = OpenAIRequestMapper.ToSdkMessages(messages);
        var sdkOptions = OpenAIRequestMapper.ToSdkOptions(options, _options);
        var model = _options.Model ?? "?";

        ClientResult<ChatCompletion> result;
        try
        {
            result = await _client.CompleteChatAsync(sdkMessages, sdkOptions, cancellationToken);
        }
        catch (ClientResultException ex)
        {
            throw _errors.Classify(ex);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            // The body arrived but is not a chat completion (truncated JSON, an HTML page with status 200).
            throw new ModelReplyException(ModelReplyKind.MalformedResponse,
                $"The provider at {_errors.EndpointForMessages} sent a reply that is not a chat completion ({ex.GetType().Name})");
        }

        var response = ToChatResponse(result, model);
        ReplyValidator.Validate(response, options, model);
        return response;
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The SDK client owns no disposable resources of ours.
    }

    private ChatResponse ToChatResponse(ClientResult<ChatCompletion> result, string model)
    {
        // The SDK reads Choices[0] lazily and would throw an index error on an empty list; check the raw body first.
        if (ChoiceCount(result.GetRawResponse()) == 0)
        {
            throw new ModelReplyException(ModelReplyKind.EmptyChoices,
                $"Model '{model}' at {_errors.EndpointForMessages} returned no choices");
        }

        var completion = result.Value;
        var text = string.Concat(completion.Content
            .Where(part => part.Kind == ChatMessageContentPartKind.Text)
            .Select(part => part.Text));
        if (!string.IsNullOrEmpty(completion.Refusal))
        {
            throw new ModelReplyException(ModelReplyKind.ContentFiltered,
                $"Model '{model}' refused to answer: {completion.Refusal.ReplaceLineEndings(" ")}")
            { Usage = ToUsage(completion.Usage) };
        }

        return new ChatResponse(new AiChatMessage(ChatRole.Assistant, text))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = completion.FinishReason switch
            {
                SdkFinishReason.Stop => AiChatFinishReason.Stop,
                SdkFinishReason.Length => AiChatFinishReason.Length,
                SdkFinishReason.ContentFilter => AiChatFinishReason.ContentFilter,
                SdkFinishReason.ToolCalls or SdkFinishReason.FunctionCall => AiChatFinishReason.ToolCalls,
                _ => null,
            },
            Usage = ToUsage(completion.Usage),
        };
    }

    private static UsageDetails? ToUsage(ChatTokenUsage? usage) => usage is null
        ? null
        : new UsageDetails
        {
            InputTokenCount = usage.InputTokenCount,
            OutputTokenCount = usage.OutputTokenCount,
            TotalTokenCount = usage.TotalTokenCount,
        };

    private static int ChoiceCount(PipelineResponse response)
    {
        try
        {
            using var doc = JsonDocument.Parse(response.Content.ToMemory());
            return doc.RootElement.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array
                ? choices.GetArrayLength()
                : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
