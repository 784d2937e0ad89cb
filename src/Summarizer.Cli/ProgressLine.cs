using System.Globalization;
using Summarizer.Cli.Logging;
using Summarizer.Pipeline;

namespace Summarizer.Cli;

/// <summary>
/// One progress line on stderr, rewritten in place (log lines are written above it). Only used when stderr
/// is a terminal, so CI logs and redirected output stay clean. A stage that has run for a second or more shows
/// an ETA: its time so far spread over the items done, times the items left (read on <paramref name="time"/>).
/// </summary>
internal sealed class ProgressLine(ErrorLines error, TimeProvider time) : IProgress<PipelineProgress>
{
    private const int MaxTitle = 60;
    private static readonly TimeSpan MinElapsedForEta = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private PipelineStage? _stage;
    private long _stageStarted;

    public void Report(PipelineProgress value)
    {
        if (value.Stage == PipelineStage.Done)
        {
            error.ShowProgress(string.Empty);
            return;
        }

        TimeSpan elapsed;
        lock (_gate)
        {
            if (_stage != value.Stage)
            {
                (_stage, _stageStarted) = (value.Stage, time.GetTimestamp());
            }

            elapsed = time.GetElapsedTime(_stageStarted);
        }

        var eta = value.Completed > 0 && value.Completed < value.Total && elapsed >= MinElapsedForEta
            ? " eta " + Format(elapsed * (value.Total - value.Completed) / value.Completed)
            : string.Empty;
        var source = value.Source is null ? string.Empty : " " + Label(value);
        error.ShowProgress($"{Name(value.Stage)} {value.Completed}/{value.Total}{eta}{source}");
    }

    // Sources are paths or addresses (their last part says enough); a story is named by its title, kept short.
    private static string Label(PipelineProgress value) => value.Stage == PipelineStage.Stories
        ? (value.Source!.Length <= MaxTitle ? value.Source : value.Source[..(MaxTitle - 3)] + "...")
        : Path.GetFileName(value.Source!);

    private static string Name(PipelineStage stage) => stage.ToString().ToLowerInvariant();

    private static string Format(TimeSpan left) => left.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalHours}h{left.Minutes:00}m")
        : left.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{left.Minutes}m{left.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Ceiling(left.TotalSeconds))}s");
}
