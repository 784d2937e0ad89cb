using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Summarizer.Prompts;

namespace Summarizer.Chat;

/// <summary>
/// What a reply validator returns: the value, or why the reply is unusable, or both when the value
/// is usable but flawed (invalid items dropped); a flawed value gets a repair round, then is accepted.
/// </summary>
internal readonly record struct Checked<T>(T? Value, string? Problem)
    where T : class
{
    public static Checked<T> Ok(T value) => new(value, null);

    public static Checked<T> Fail(string problem) => new(null, problem);

    public static Checked<T> Flawed(T value, string problem) => new(value, problem);
}

/// <summary>What a step got: the validated JSON value, or, where the step allows it, a plain-prose reply that passed <see cref="ProseReply"/>.</summary>
internal sealed record StructuredReply<T>(T? Value, string? Prose)
    where T : class;

/// <summary>
/// One JSON-returning model step: send the rendered prompt, validate the reply, and on a bad reply
/// ask once for a corrected one (showing the model its reply and what was wrong) before failing
/// with <see cref="ModelOutputException"/>. Shared by the summarizer and the merger.
/// </summary>
internal static class StructuredChat
{
    public static async Task<T> GetAsync<T>(
        IChatClient client,
        RenderedPrompt prompt,
        StepInfo step,
        Func<JsonElement, Checked<T>> validate,
        ILogger logger,
        IReadOnlyList<ChatMessage>? followUp,
        CancellationToken cancellationToken)
        where T : class =>
        (await GetOrProseAsync(client, prompt, step, validate, prose: null, logger, followUp, cancellationToken)).Value!;

    /// <summary>
    /// As <see cref="GetAsync"/>, but when the repaired reply (or else the first) is still not usable JSON and
    /// <paramref name="prose"/> is given, a reply that passes <see cref="ProseReply.Check"/> comes back as
    /// <see cref="StructuredReply{T}.Prose"/> for the caller to use (a model that ignores JSON mode).
    /// </summary>
    public static async Task<StructuredReply<T>> GetOrProseAsync<T>(
        IChatClient client,
        RenderedPrompt prompt,
        StepInfo step,
        Func<JsonElement, Checked<T>> validate,
        ProseRule? prose,
        ILogger logger,
        IReadOnlyList<ChatMessage>? followUp,
        CancellationToken cancellationToken)
        where T : class
    {
        // A follow-up (e.g. a grounding revision) continues the conversation after the rendered prompt.
        List<ChatMessage> messages = [.. prompt.Messages.Select(ToChatMessage), .. followUp ?? []];
        var reply = await client.GetResponseAsync(messages, Options(prompt, step, attempt: 1), cancellationToken);
        var first = Check(reply.Text, validate);
        if (first.Value is not null && first.Problem is null)
        {
            return new(first.Value, null);
        }

        logger.LogWarning(
            "Model reply for {Subject} at step {Step} was rejected ({Problem}); asking once for a corrected reply",
            step.Subject,
            step.Label,
            first.Problem);
        logger.LogTrace("Rejected reply for {Subject} at step {Step}: {Reply}", step.Subject, step.Label, reply.Text);

        messages.Add(new ChatMessage(ChatRole.Assistant, reply.Text));
        messages.Add(new ChatMessage(
            ChatRole.User,
            $"Your reply cannot be used as it is: {first.Problem}. Reply again with only the corrected JSON object, in exactly the format asked for, and no other text."));
        var repaired = await client.GetResponseAsync(messages, Options(prompt, step, attempt: 2), cancellationToken);
        var second = Check(repaired.Text, validate);

        // A usable value with flaws (e.g. claims dropped for unknown source ids) is accepted after the repair round.
        var result = second.Value is not null ? second : first;
        if (result.Value is null)
        {
            return new(null, AcceptProse(prose, repaired.Text, reply.Text, step, second.Problem!));
        }

        if (result.Problem is not null)
        {
            logger.LogWarning("Using the model reply for {Subject} at step {Step} despite: {Problem}", step.Subject, step.Label, result.Problem);
        }

        return new(result.Value, null);
    }

    // The repaired reply is preferred, as the later answer; the first may be the better prose when the repair went wrong.
    private static string AcceptProse(ProseRule? rule, string repaired, string first, StepInfo step, string problem)
    {
        if (rule is null)
        {
            throw new ModelOutputException(step.Subject, step.Label, problem);
        }

        var latest = ProseReply.Check(repaired, rule);
        var accepted = latest.Value is not null ? latest : ProseReply.Check(first, rule);
        return accepted.Value ?? throw new ModelOutputException(step.Subject, step.Label, $"{problem}; as plain prose, {latest.Problem}");
    }

    private static Checked<T> Check<T>(string text, Func<JsonElement, Checked<T>> validate)
        where T : class
    {
        var json = ExtractObject(text);
        if (json is null)
        {
            return Checked<T>.Fail("it contains no JSON object");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? validate(document.RootElement)
                : Checked<T>.Fail("it is not a JSON object");
        }
        catch (JsonException e)
        {
            return Checked<T>.Fail($"it is not valid JSON ({e.Message})");
        }
    }

    // Models often wrap JSON in a ```json fence or a sentence despite JSON mode; take the outermost object.
    private static string? ExtractObject(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return start >= 0 && end > start ? text[start..(end + 1)] : null;
    }

    private static ChatOptions Options(RenderedPrompt prompt, StepInfo step, int attempt)
    {
        // The prompt's execution settings as Semantic Kernel maps them (temperature, max_tokens, ...), then ours.
        var options = prompt.Prompt.CreateChatOptions();
        options.ResponseFormat = ChatResponseFormat.Json;
        options.AdditionalProperties ??= [];
        options.AdditionalProperties[ChatOptionKeys.Prompt] = prompt.Name;
        options.AdditionalProperties[ChatOptionKeys.Stage] = step.Stage;
        options.AdditionalProperties[ChatOptionKeys.Attempt] = attempt;
        options.AdditionalProperties[ChatOptionKeys.FormatCheckedByCaller] = true;
        if (step.SourceId is { } id)
        {
            options.AdditionalProperties[ChatOptionKeys.SourceId] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return options;
    }

    private static ChatMessage ToChatMessage(PromptMessage message) => new(
        message.Role switch
        {
            "system" => ChatRole.System,
            "assistant" => ChatRole.Assistant,
            _ => ChatRole.User,
        },
        message.Text);
}

/// <summary>Which step a model call belongs to, for options, logs and errors.</summary>
/// <param name="Stage">A <see cref="ChatStages"/> value.</param>
/// <param name="Subject">"source 3" or "story".</param>
/// <param name="Label">The stage, with the chunk for map steps ("map 2/5").</param>
internal sealed record StepInfo(string Stage, string Subject, string Label, int? SourceId);
