using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// The cache key: SHA-256 over a canonical JSON of everything that changes the answer: format version,
/// provider, endpoint (without credentials), model, every message, and the effective options (call options
/// with the connector's defaults filled in). Bookkeeping properties (<c>summarizer.*</c>, e.g. the stage)
/// and the API key are not part of it.
/// </summary>
internal static class CacheKey
{
    public static string Compute(ConnectorOptions connector, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("format", SqliteResponseCache.FormatVersion);
            w.WriteString("provider", connector.Provider.ToLowerInvariant());
            w.WriteString("endpoint", global::Summarizer.Connectors.OpenAI.OpenAIErrorClassifier.Redact(connector.EffectiveEndpoint).TrimEnd('/'));
            // The provider client always sends the configured model (ChatOptions.ModelId is not honoured), so that is what counts.
            w.WriteString("model", connector.Model);
            w.WriteStartArray("messages");
            foreach (var message in messages)
            {
                w.WriteStartObject();
                w.WriteString("role", message.Role.Value);
                w.WriteString("author", message.AuthorName);
                w.WriteString("text", message.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteOptions(w, connector, options);
            w.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static void WriteOptions(Utf8JsonWriter w, ConnectorOptions connector, ChatOptions? options)
    {
        w.WriteStartObject("options");
        WriteNullable(w, "temperature", options?.Temperature ?? connector.Temperature);
        WriteNullable(w, "maxOutputTokens", options?.MaxOutputTokens ?? connector.MaxOutputTokens);
        WriteNullable(w, "seed", options?.Seed ?? connector.Seed);
        WriteNullable(w, "topP", options?.TopP);
        WriteNullable(w, "topK", options?.TopK);
        WriteNullable(w, "frequencyPenalty", options?.FrequencyPenalty);
        WriteNullable(w, "presencePenalty", options?.PresencePenalty);
        w.WriteStartArray("stop");
        foreach (var stop in options?.StopSequences ?? [])
        {
            w.WriteStringValue(stop);
        }

        w.WriteEndArray();
        switch (options?.ResponseFormat)
        {
            case ChatResponseFormatJson json:
                w.WriteStartObject("responseFormat");
                w.WriteString("kind", "json");
                w.WriteString("name", json.SchemaName);
                w.WriteString("description", json.SchemaDescription);
                if (json.Schema is { } schema)
                {
                    w.WritePropertyName("schema");
                    schema.WriteTo(w);
                }

                w.WriteEndObject();
                break;
            case ChatResponseFormatText:
                w.WriteString("responseFormat", "text");
                break;
            default:
                w.WriteNull("responseFormat");
                break;
        }

        // Provider-specific extras change the answer too; sorted so the key does not depend on insertion order.
        // Bookkeeping keys are skipped, except strict-schema, which changes what the provider does, and
        // format-checked-by-caller, which changes what the connector lets through (and so what gets cached).
        w.WriteStartObject("additional");
        foreach (var (name, value) in (options?.AdditionalProperties ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name.StartsWith(ConnectorChatOptions.Prefix, StringComparison.Ordinal) && name != ConnectorChatOptions.StrictJsonSchemaKey
                && name != ConnectorChatOptions.FormatCheckedByCallerKey)
            {
                continue;
            }

            w.WritePropertyName(name);
            JsonSerializer.Serialize(w, value?.ToString());
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
