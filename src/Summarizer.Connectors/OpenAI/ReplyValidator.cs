using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.OpenAI;

/// <summary>
/// Rejects replies the pipeline cannot use, as <see cref="ModelReplyException"/>s, before any decorator
/// (in particular the cache) sees them: a bad reply is never cached and never counted as a success.
/// </summary>
internal static class ReplyValidator
{
    private const int PreviewLength = 80;

    public static void Validate(ChatResponse response, ChatOptions? options, string model)
    {
        var text = response.Text;
        var usage = response.Usage;
        if (response.FinishReason == ChatFinishReason.Length)
        {
            throw new ModelReplyException(ModelReplyKind.Truncated,
                $"Model '{model}' stopped at the output token limit (finish_reason=length) after {usage?.OutputTokenCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} tokens")
            { ReplyText = text, Usage = usage };
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new ModelReplyException(ModelReplyKind.ContentFiltered,
                $"Model '{model}' reply was blocked by the provider's content filter (finish_reason=content_filter)")
            { ReplyText = text, Usage = usage };
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ModelReplyException(ModelReplyKind.EmptyContent, $"Model '{model}' returned an empty reply")
            { ReplyText = text, Usage = usage };
        }

        // A caller that checks the format itself (the pipeline) repairs or accepts a non-JSON reply; it gets the text.
        if (options?.ResponseFormat is not ChatResponseFormatJson json || options.IsFormatCheckedByCaller())
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(StripCodeFence(text));
        }
        catch (JsonException ex)
        {
            throw new ModelReplyException(ModelReplyKind.NotJson,
                $"Model '{model}' was asked for JSON and replied with text that is not JSON ({ex.Message.Split('.')[0]}): \"{Preview(text)}\"")
            { ReplyText = text, Usage = usage };
        }

        using (document)
        {
            if (json.Schema is { } schema && JsonSchemaCheck.FirstError(schema, document.RootElement) is { } error)
            {
                throw new ModelReplyException(ModelReplyKind.SchemaMismatch,
                    $"Model '{model}' replied with JSON that does not fit schema '{json.SchemaName ?? "response"}': {error}")
                { ReplyText = text, Usage = usage };
            }
        }
    }

    // Local models often wrap JSON in a Markdown fence even in JSON mode; the content is still usable.
    internal static string StripCodeFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }

        var firstNewline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return firstNewline < 0 ? trimmed : trimmed[(firstNewline + 1)..^3].Trim();
    }

    private static string Preview(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length > PreviewLength ? oneLine[..PreviewLength] + "..." : oneLine;
    }
}
