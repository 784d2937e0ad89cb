namespace Summarizer.Chat;

/// <summary>
/// Keys the model path puts into <c>ChatOptions.AdditionalProperties</c> so decorators and the stub
/// client can tell calls apart without parsing prompt text. Providers ignore them.
/// </summary>
public static class ChatOptionKeys
{
    /// <summary>The prompt name, one of <see cref="Prompts.PromptNames"/>.</summary>
    public const string Prompt = "summarizer.prompt";

    /// <summary>The pipeline step, one of <see cref="ChatStages"/>.</summary>
    public const string Stage = "summarizer.stage";

    /// <summary>The source id (as a string) the call is about; absent for the merge.</summary>
    public const string SourceId = "summarizer.source";

    /// <summary>1 for the first request of a step, 2 for its repair request.</summary>
    public const string Attempt = "summarizer.attempt";

    /// <summary>
    /// <c>true</c> when the caller validates the reply's format itself (the pipeline does: JSON, one repair
    /// request, then plain prose where a step allows it), so a connector asked for JSON returns a complete
    /// non-JSON reply instead of rejecting it.
    /// </summary>
    public const string FormatCheckedByCaller = "summarizer.formatCheckedByCaller";
}

/// <summary>Values of <see cref="ChatOptionKeys.Stage"/>.</summary>
public static class ChatStages
{
    /// <summary>One call for an article that fits one chunk.</summary>
    public const string Summarize = "summarize";

    /// <summary>One chunk of a long article.</summary>
    public const string Map = "map";

    /// <summary>Chunk summaries into one source summary.</summary>
    public const string Reduce = "reduce";

    /// <summary>Cross-source merge.</summary>
    public const string Merge = "merge";

    /// <summary>A rewrite asked for because the grounding check found unsupported statements (strict mode).</summary>
    public const string Revise = "revise";
}
