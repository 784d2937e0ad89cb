using Summarizer.Pipeline;

namespace Summarizer.Cli;

/// <summary>
/// One progress line on stderr, rewritten in place. Only used when stderr is a terminal, so CI logs
/// and redirected output stay clean.
/// </summary>
internal sealed class ProgressLine(TextWriter error) : IProgress<PipelineProgress>
{
    private readonly Lock _gate = new();
    private int _width;

    public void Report(PipelineProgress value)
    {
        var text = value.Stage == PipelineStage.Done
            ? string.Empty
            : $"{value.Stage.ToString().ToLowerInvariant()} {value.Completed}/{value.Total} {Path.GetFileName(value.Source ?? string.Empty)}";
        lock (_gate)
        {
            error.Write('\r' + text.PadRight(_width) + (text.Length == 0 ? "\r" : string.Empty));
            _width = text.Length;
        }
    }
}
