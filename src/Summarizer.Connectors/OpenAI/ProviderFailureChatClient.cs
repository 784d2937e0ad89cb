using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Summarizer.Connectors.OpenAI;

/// <summary>
/// Sits right on the library's OpenAI adapter: turns the SDK's failures into this project's typed exceptions
/// (<see cref="ProviderUnusableException"/>, <see cref="ProviderTransientException"/>, <see cref="ModelReplyException"/>)
/// and rejects replies the pipeline cannot use, before any decorator (in particular the cache) sees them.
/// Nothing here retries.
/// </summary>
internal sealed class ProviderFailureChatClient(IChatClient adapter, OpenAIErrorClassifier errors, string model) : DelegatingChatClient(adapter)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (ClientResultException ex)
        {
            throw errors.Classify(ex);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The SDK reads choices[0] as it maps the completion; an empty list fails there.
            throw new ModelReplyException(ModelReplyKind.EmptyChoices, $"Model '{model}' at {errors.EndpointForMessages} returned no choices");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            // The body arrived but is not a chat completion (truncated JSON, an HTML page with status 200).
            throw new ModelReplyException(ModelReplyKind.MalformedResponse,
                $"The provider at {errors.EndpointForMessages} sent a reply that is not a chat completion ({ex.GetType().Name})");
        }

        if (response.RawRepresentation is ChatCompletion { Refusal: { Length: > 0 } refusal })
        {
            throw new ModelReplyException(ModelReplyKind.ContentFiltered, $"Model '{model}' refused to answer: {refusal.ReplaceLineEndings(" ")}")
            { Usage = response.Usage };
        }

        ReplyValidator.Validate(response, options, model);
        return response;
    }

    // The pipeline never streams: one checked call, split into updates, so the checks apply to both.
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);
}
