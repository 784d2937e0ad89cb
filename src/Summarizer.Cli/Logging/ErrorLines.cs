namespace Summarizer.Cli.Logging;

/// <summary>
/// The CLI's stderr, shared by log lines and the progress line. A log line first clears the progress line,
/// then the progress line is drawn again below it, so a warning never lands in the middle of "summarize 2/5".
/// </summary>
internal sealed class ErrorLines(TextWriter error)
{
    private readonly Lock _gate = new();
    private string _progress = string.Empty;

    /// <summary>Rewrites the progress line in place; an empty text clears it.</summary>
    public void ShowProgress(string text)
    {
        lock (_gate)
        {
            error.Write('\r' + text.PadRight(_progress.Length) + (text.Length == 0 ? "\r" : string.Empty));
            error.Flush();
            _progress = text;
        }
    }

    /// <summary>Writes whole lines above the progress line.</summary>
    public void WriteLines(string text)
    {
        lock (_gate)
        {
            if (_progress.Length > 0)
            {
                error.Write('\r' + new string(' ', _progress.Length) + '\r');
            }

            error.Write(text);
            error.Write(_progress);
            error.Flush();
        }
    }
}
