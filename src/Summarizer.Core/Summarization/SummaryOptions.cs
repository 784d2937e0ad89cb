using System.ComponentModel.DataAnnotations;

namespace Summarizer.Summarization;

/// <summary>Budgets for what the summarizers write.</summary>
public sealed record SummaryOptions
{
    /// <summary>Words in the merged summary prose (key points come on top). Default 120.</summary>
    [Range(10, 2000)]
    public int MaxWords { get; init; } = 120;

    /// <summary>Words in each per-source summary. Default 60.</summary>
    [Range(10, 1000)]
    public int SourceMaxWords { get; init; } = 60;

    /// <summary>Key points per source summary. Default 3.</summary>
    [Range(0, 20)]
    public int SourceKeyPoints { get; init; } = 3;

    /// <summary>Key points in the merged summary. Default 6.</summary>
    [Range(0, 50)]
    public int MergedKeyPoints { get; init; } = 6;
}
