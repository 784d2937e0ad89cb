using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// What the cache stores of a reply: the answer and its provenance, never the request headers (so never
/// the key). A small record of our own rather than <see cref="ChatResponse"/> JSON, so an abstractions
/// upgrade cannot silently change the stored format.
/// </summary>
internal sealed record CachedReply(
    string Text,
    string? ModelId,
    string? ResponseId,
    DateTimeOffset? CreatedAt,
    string? FinishReason,
    long? InputTokens,
    long? OutputTokens)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CachedReply From(ChatResponse response) => new(
        response.Text,
        response.ModelId,
        response.ResponseId,
        response.CreatedAt,
        response.FinishReason?.Value,
        response.Usage?.InputTokenCount,
        response.Usage?.OutputTokenCount);

    public static CachedReply? Parse(string json) => JsonSerializer.Deserialize<CachedReply>(json, Json);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>The reply as the provider gave it, marked with <see cref="CachingChatClient.CacheHitKey"/>.</summary>
    public ChatResponse ToResponse() => new(new ChatMessage(ChatRole.Assistant, Text))
    {
        ModelId = ModelId,
        ResponseId = ResponseId,
        CreatedAt = CreatedAt,
        FinishReason = FinishReason is null ? null : new ChatFinishReason(FinishReason),
        Usage = InputTokens is null && OutputTokens is null
            ? null
            : new UsageDetails { InputTokenCount = InputTokens, OutputTokenCount = OutputTokens, TotalTokenCount = (InputTokens ?? 0) + (OutputTokens ?? 0) },
        AdditionalProperties = new() { [CachingChatClient.CacheHitKey] = true },
    };
}
