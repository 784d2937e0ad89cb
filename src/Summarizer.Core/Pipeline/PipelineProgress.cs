namespace Summarizer.Pipeline;

/// <summary>Stages a run reports progress for: a one-story brief goes Clean to Done; a day (grouped run) goes Read, Clean, Group, Stories, Done.</summary>
public enum PipelineStage
{
    Clean = 0,
    Summarize = 1,
    Merge = 2,
    Check = 3,
    Done = 4,

    /// <summary>Inputs read (reported by the caller that reads them).</summary>
    Read = 5,

    /// <summary>Articles grouped into stories: 0 of n before the clustering, n of n after.</summary>
    Group = 6,

    /// <summary>Stories of a day summarized, merged and checked.</summary>
    Stories = 7,
}

/// <summary>A progress event: <paramref name="Completed"/> of <paramref name="Total"/> items of a stage are done.</summary>
public readonly record struct PipelineProgress(PipelineStage Stage, int Completed, int Total, string? Source = null);
