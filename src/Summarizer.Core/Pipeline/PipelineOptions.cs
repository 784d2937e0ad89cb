using System.ComponentModel.DataAnnotations;

namespace Summarizer.Pipeline;

/// <summary>How a run is carried out and labelled.</summary>
public sealed record PipelineOptions
{
    /// <summary>Sources summarized at once. Default 4.</summary>
    [Range(1, 64)]
    public int Concurrency { get; init; } = 4;

    /// <summary>Provider name written into the brief ("local", "stub", "openai"). Default "local".</summary>
    [Required]
    public string Provider { get; init; } = "local";

    /// <summary>
    /// When the grounding check finds unsupported statements, ask the engine once to rewrite the summaries
    /// that contain them (engines that can revise only). Default false.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Model name written into the brief; null for the offline engine.</summary>
    public string? Model { get; init; }
}
