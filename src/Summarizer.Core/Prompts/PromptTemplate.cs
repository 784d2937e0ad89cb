namespace Summarizer.Prompts;

/// <summary>The prompts the pipeline renders; each is a <c>prompts/&lt;name&gt;.yaml</c> file.</summary>
internal static class PromptNames
{
    /// <summary>One call for an article that fits in one chunk.</summary>
    public const string SummarizeSource = "summarize-source";

    /// <summary>Map step: one chunk of a long article.</summary>
    public const string SummarizeChunk = "summarize-chunk";

    /// <summary>Reduce step: chunk summaries into one source summary.</summary>
    public const string ReduceSource = "reduce-source";

    /// <summary>Cross-source merge, as JSON with citations.</summary>
    public const string MergeStory = "merge-story";

    public static IReadOnlyList<string> All { get; } = [SummarizeSource, SummarizeChunk, ReduceSource, MergeStory];
}

/// <summary>A variable a template expects, as declared in its <c>input_variables</c>.</summary>
internal sealed record PromptInputVariable(string Name, string? Description, bool IsRequired, string? Default);

/// <summary>The <c>default</c> entry of a prompt's <c>execution_settings</c>.</summary>
/// <param name="Temperature">Sampling temperature; prompts here use 0 for repeatable output.</param>
/// <param name="MaxTokens">Largest reply, in tokens; null leaves it to the provider.</param>
internal sealed record PromptExecutionSettings(float? Temperature, int? MaxTokens)
{
    public static readonly PromptExecutionSettings None = new(null, null);
}

/// <summary>Who says a message: "system", "user" or "assistant".</summary>
internal sealed record PromptMessage(string Role, string Text);

/// <summary>
/// A prompt file in Semantic Kernel's YAML shape (<c>name</c>, <c>description</c>, <c>template</c>,
/// <c>template_format</c>, <c>input_variables</c>, <c>execution_settings</c>), already validated.
/// </summary>
/// <param name="Origin">Where it was loaded from: <c>embedded:&lt;file&gt;</c> or a path.</param>
/// <param name="Messages">The template split into <c>&lt;message role="..."&gt;</c> blocks, not yet rendered.</param>
internal sealed record PromptTemplate(
    string Name,
    string? Description,
    string Template,
    string Origin,
    IReadOnlyList<PromptInputVariable> InputVariables,
    PromptExecutionSettings Settings,
    IReadOnlyList<PromptMessage> Messages);

/// <summary>A prompt with its variables filled in, ready to send.</summary>
internal sealed record RenderedPrompt(string Name, IReadOnlyList<PromptMessage> Messages, PromptExecutionSettings Settings)
{
    /// <summary>All messages' text, for logs and token estimates.</summary>
    public string Text => string.Join("\n\n", Messages.Select(m => m.Text));
}
