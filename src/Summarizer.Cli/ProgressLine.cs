using Summarizer.Cli.Logging;
using Summarizer.Pipeline;

namespace Summarizer.Cli;

/// <summary>
/// One progress line on stderr, rewritten in place (log lines are written above it). Only used when stderr
/// is a terminal, so CI logs and redirected output stay clean.
/// </summary>
internal sealed class ProgressLine(ErrorLines error) : IProgress<PipelineProgress>
{
    public void Report(PipelineProgress value) =>
        error.ShowProgress(value.Stage == PipelineStage.Done
            ? string.Empty
            : $"{value.Stage.ToString().ToLowerInvariant()} {value.Completed}/{value.Total} {Path.GetFileName(value.Source ?? string.Empty)}");
}
