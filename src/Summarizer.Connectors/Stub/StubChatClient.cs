using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Chunking;
using Summarizer.Prompts;
using Summarizer.Chat;

namespace Summarizer.Connectors.Stub;

/// <summary>
/// A deterministic, offline <see cref="IChatClient"/> that answers each pipeline prompt in the JSON
/// shape the pipeline expects, so tests and <c>--provider stub</c> drive the whole model path.
/// It only ever copies text from its input (never rewords), so grounding checks pass on its output.
/// The prompt is recognized from <see cref="ChatOptionKeys.Prompt"/>, or else from the delimiters
/// in the prompt text.
/// </summary>
internal sealed class StubChatClient : IChatClient
{
    public const string ModelId = "stub";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly ChatClientMetadata Metadata = new(providerName: "stub", providerUri: null, defaultModelId: ModelId);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var all = messages.ToList();

        // Repair turns repeat the original prompt first; the model's own earlier reply is not input.
        var input = string.Join("\n\n", all.Where(m => m.Role != ChatRole.Assistant).Select(m => m.Text));
        var prompt = options?.AdditionalProperties?.TryGetValue(ChatOptionKeys.Prompt, out var name) == true && name is string s
            ? s
            : StubPromptReader.Detect(input);
        var reply = prompt switch
        {
            PromptNames.SummarizeSource or PromptNames.SummarizeChunk => Serialize(StubAnswers.SummarizeArticle(input)),
            PromptNames.ReduceSource => Serialize(StubAnswers.Reduce(input)),
            PromptNames.MergeStory => Serialize(StubAnswers.Merge(input)),
            _ => throw new InvalidOperationException($"The stub chat client does not know prompt '{prompt ?? "(unrecognized)"}'."),
        };

        var usage = new UsageDetails
        {
            InputTokenCount = TokenCounters.Estimating.Count(string.Join("\n", all.Select(m => m.Text))),
            OutputTokenCount = TokenCounters.Estimating.Count(reply),
        };
        usage.TotalTokenCount = usage.InputTokenCount + usage.OutputTokenCount;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply))
        {
            FinishReason = ChatFinishReason.Stop,
            ModelId = ModelId,
            Usage = usage,
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
    }

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json);
}

/// <summary>Creates the deterministic offline chat client.</summary>
public static class StubChatClients
{
    /// <summary>A new stub client; it holds no state, so one instance can serve a whole run.</summary>
    public static IChatClient Create() => new StubChatClient();
}
