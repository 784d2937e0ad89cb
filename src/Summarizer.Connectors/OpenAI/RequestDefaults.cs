#pragma warning disable SCME0001 // JsonPatch is the SDK's only way to send fields it does not model (max_tokens, server extras).
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using SdkResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace Summarizer.Connectors.OpenAI;

/// <summary>
/// What the connector adds to every call's options before the cache and the provider see them (used with the library's
/// <c>ConfigureOptions</c>, so the cache key holds the effective values): connector defaults where the call sets none,
/// the configured model, and, through <see cref="ChatOptions.RawRepresentationFactory"/>, the request fields the
/// adapter does not send itself.
/// </summary>
internal sealed class RequestDefaults(ConnectorOptions connector)
{
    public void Apply(ChatOptions options)
    {
        options.Temperature ??= connector.Temperature;
        options.MaxOutputTokens ??= connector.MaxOutputTokens;
        options.Seed ??= connector.Seed;
        // One run, one model: keeps brief.json's "model" and the cache key truthful.
        options.ModelId = connector.Model;

        var callerFactory = options.RawRepresentationFactory;
        var max = options.MaxOutputTokens;
        var extras = (options.AdditionalProperties ?? [])
            .Where(p => !p.Key.StartsWith(ConnectorChatOptions.Prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var strict = StrictSchema(options);
        var json = options.ResponseFormat as ChatResponseFormatJson;
        options.RawRepresentationFactory = client =>
        {
            var sdk = callerFactory?.Invoke(client) as ChatCompletionOptions ?? new ChatCompletionOptions();
            if (connector.IsLocalEndpoint && max is { } limit)
            {
                // The SDK sends max_completion_tokens, which OpenAI requires; older Ollama, llama.cpp and LM Studio builds
                // only know max_tokens and would ignore the limit. Hosted o-series models reject max_tokens.
                sdk.Patch.Set("$.max_tokens"u8, limit);
            }

            foreach (var (name, value) in extras)
            {
                // Extras (num_ctx, top_k, ...) are part of the cache key, so they must also be what the server sees.
                sdk.Patch.Set(Encoding.UTF8.GetBytes("$." + name), BinaryData.FromObjectAsJson(value));
            }

            if (strict is not null && json?.Schema is { } schema)
            {
                sdk.ResponseFormat = SdkResponseFormat.CreateJsonSchemaFormat(
                    json.SchemaName ?? "response", BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, strict);
            }

            return sdk;
        };
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
