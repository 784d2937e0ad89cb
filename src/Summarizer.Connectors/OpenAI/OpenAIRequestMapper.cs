#pragma warning disable OPENAI001 // Seed is marked experimental in the SDK; every compatible server accepts it.
#pragma warning disable SCME0001 // JsonPatch is the SDK's only way to send fields it does not model (max_tokens, server extras).
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using SdkChatMessage = OpenAI.Chat.ChatMessage;
using SdkResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace Summarizer.Connectors.OpenAI;

/// <summary>Maps Microsoft.Extensions.AI messages and options onto the OpenAI SDK's request types.</summary>
internal static class OpenAIRequestMapper
{
    public static List<SdkChatMessage> ToSdkMessages(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages)
    {
        var result = new List<SdkChatMessage>();
        foreach (var message in messages)
        {
            var text = message.Text;
            SdkChatMessage mapped = message.Role.Value switch
            {
                "system" => new SystemChatMessage(text),
                "user" => new UserChatMessage(text),
                "assistant" => new AssistantChatMessage(text),
                // Developer messages are what newer OpenAI models call system messages; other servers know "system".
                "developer" => new SystemChatMessage(text),
                _ => throw new NotSupportedException($"Chat role '{message.Role.Value}' is not supported by the OpenAI connector (text-only roles: system, user, assistant)."),
            };
            result.Add(mapped);
        }

        if (result.Count == 0)
        {
            throw new ArgumentException("At least one message is required.", nameof(messages));
        }

        return result;
    }

    /// <summary>Call options win over connector defaults (temperature, max tokens, seed).</summary>
    public static ChatCompletionOptions ToSdkOptions(ChatOptions? options, ConnectorOptions defaults)
    {
        var sdk = new ChatCompletionOptions
        {
            Temperature = options?.Temperature ?? defaults.Temperature,
            MaxOutputTokenCount = options?.MaxOutputTokens ?? defaults.MaxOutputTokens,
            Seed = options?.Seed ?? defaults.Seed,
            TopP = options?.TopP,
            FrequencyPenalty = options?.FrequencyPenalty,
            PresencePenalty = options?.PresencePenalty,
        };

        if (options?.StopSequences is { Count: > 0 } stops)
        {
            foreach (var stop in stops)
            {
                sdk.StopSequences.Add(stop);
            }
        }

        sdk.ResponseFormat = options?.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } json => SdkResponseFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "response",
                BinaryData.FromString(schema.GetRawText()),
                json.SchemaDescription,
                StrictSchema(options)),
            ChatResponseFormatJson => SdkResponseFormat.CreateJsonObjectFormat(),
            ChatResponseFormatText => SdkResponseFormat.CreateTextFormat(),
            _ => null,
        };

        if (defaults.IsLocalEndpoint && sdk.MaxOutputTokenCount is { } max)
        {
            // The SDK sends max_completion_tokens, which OpenAI requires; older Ollama, llama.cpp and LM Studio
            // builds only know max_tokens and would ignore the limit. Hosted o-series models reject max_tokens,
            // so it is added for local servers only.
            sdk.Patch.Set("$.max_tokens"u8, max);
        }

        foreach (var (name, value) in (options?.AdditionalProperties ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Extras are part of the cache key, so they must also be what the server sees.
            if (!name.StartsWith(ConnectorChatOptions.Prefix, StringComparison.Ordinal))
            {
                sdk.Patch.Set(Encoding.UTF8.GetBytes("$." + name), BinaryData.FromObjectAsJson(value));
            }
        }

        return sdk;
    }

    private static bool? StrictSchema(ChatOptions options) =>
        options.AdditionalProperties?.TryGetValue(ConnectorChatOptions.StrictJsonSchemaKey, out var value) == true
            ? value switch
            {
                bool b => b,
                JsonElement { ValueKind: JsonValueKind.True } => true,
                JsonElement { ValueKind: JsonValueKind.False } => false,
                _ => null,
            }
            : null;
}
