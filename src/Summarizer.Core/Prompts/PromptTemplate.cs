using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

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

/// <summary>Who says a message: "system", "user" or "assistant".</summary>
internal sealed record PromptMessage(string Role, string Text);

/// <summary>
/// A prompt file loaded into Semantic Kernel's <see cref="PromptTemplateConfig"/> (<c>name</c>, <c>description</c>,
/// <c>template</c>, <c>template_format</c>, <c>input_variables</c>, <c>execution_settings</c>), already validated, with
/// the template SK's <see cref="KernelPromptTemplateFactory"/> made of it.
/// </summary>
/// <param name="Config">The prompt as SK reads it; not changed after loading.</param>
/// <param name="Origin">Where it was loaded from: <c>embedded:&lt;file&gt;</c> or a path.</param>
/// <param name="Renderer">SK's template: fills <c>{{$var}}</c> with encoded values.</param>
internal sealed record PromptTemplate(PromptTemplateConfig Config, string Origin, IPromptTemplate Renderer)
{
    public string Name => Config.Name!;

    public string? Description => Config.Description;

    public string Template => Config.Template;

    public IReadOnlyList<InputVariable> InputVariables => Config.InputVariables;

    /// <summary>The <c>default</c> execution settings; null when the file has none.</summary>
    public PromptExecutionSettings? Settings => Config.DefaultExecutionSettings;

    /// <summary>New chat options from the execution settings (temperature, max_tokens, ...), mapped by SK.</summary>
    public ChatOptions CreateChatOptions() => Settings?.ToChatOptions(kernel: null) ?? new ChatOptions();
}

/// <summary>A prompt with its variables filled in, ready to send.</summary>
internal sealed record RenderedPrompt(PromptTemplate Prompt, IReadOnlyList<PromptMessage> Messages)
{
    public string Name => Prompt.Name;

    /// <summary>All messages' text, for logs and token estimates.</summary>
    public string Text => string.Join("\n\n", Messages.Select(m => m.Text));
}
