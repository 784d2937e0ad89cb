namespace Summarizer.Pipeline;

/// <summary>Stages a run reports progress for, in order.</summary>
public enum PipelineStage
{
    Clean,
    Summarize,
    Merge,
    Check,
    Done,
}

/// <summary>A progress event: <paramref name="Completed"/> of <paramref name="Total"/> items of a stage are done.</summary>
public readonly record struct PipelineProgress(PipelineStage Stage, int Completed, int Total, string? Source = null);
