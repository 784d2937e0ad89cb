using System.ComponentModel.DataAnnotations;

namespace Summarizer.Scheduling.Memory;

/// <summary>How long the daily job keeps the summaries it wrote.</summary>
public sealed record SummaryMemoryOptions
{
    /// <summary>
    /// An entry not used for this long is dropped when the memory is opened. Default 30 days: long enough for a
    /// story that runs for weeks, short enough that the file stays small.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);
}
