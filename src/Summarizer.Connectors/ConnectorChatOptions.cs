using Microsoft.Extensions.AI;

namespace Summarizer.Connectors;

/// <summary>
/// Keys this project reads from <see cref="ChatOptions.AdditionalProperties"/>. Keys starting with
/// <c>summarizer.</c> are bookkeeping: they are never sent to the provider. The library's cache key holds all
/// of them (so the same prompt asked from two stages is cached twice; the pipeline asks each from one stage).
/// </summary>
internal static class ConnectorChatOptions
{
    /// <summary>Names the pipeline stage of a call ("summarize", "merge", ...) for per-stage usage.</summary>
    public const string StageKey = "summarizer.stage";

    /// <summary>Set to <c>true</c> to ask for strict JSON-schema adherence (OpenAI structured outputs).</summary>
    public const string StrictJsonSchemaKey = "summarizer.strictJsonSchema";

    /// <summary>
    /// Set to <c>true</c> when the caller checks the reply's format itself: a reply that is not the JSON asked
    /// for then comes back as text instead of a <see cref="ModelReplyException"/> (the pipeline repairs it or
    /// accepts plain prose). Empty, truncated and filtered replies are still rejected.
    /// </summary>
    public const string FormatCheckedByCallerKey = Summarizer.Chat.ChatOptionKeys.FormatCheckedByCaller;

    internal const string Prefix = "summarizer.";

    /// <summary>The stage used when a call names none.</summary>
    public const string DefaultStage = "default";

    /// <summary>Returns a copy of <paramref name="options"/> (or new options) tagged with <paramref name="stage"/>.</summary>
    public static ChatOptions WithStage(this ChatOptions? options, string stage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        var copy = options?.Clone() ?? new ChatOptions();
        copy.AdditionalProperties ??= [];
        copy.AdditionalProperties[StageKey] = stage;
        return copy;
    }

    /// <summary>Whether the caller checks the reply's format itself (<see cref="FormatCheckedByCallerKey"/>).</summary>
    public static bool IsFormatCheckedByCaller(this ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(FormatCheckedByCallerKey, out var value) == true && value is true;

    /// <summary>The stage a call was tagged with, or <see cref="DefaultStage"/>.</summary>
    public static string GetStage(this ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(StageKey, out var value) == true && value is string { Length: > 0 } s
            ? s
            : DefaultStage;
}
