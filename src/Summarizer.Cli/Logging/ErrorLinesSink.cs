using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Summarizer.Cli.Logging;

/// <summary>
/// Log lines on the CLI's stderr. Kept beside Serilog's console sink because that sink writes to the process
/// console only (tests and in-process runs pass their own writer) and cannot yield to the progress line.
/// </summary>
internal sealed class ErrorLinesSink(ErrorLines lines, ITextFormatter formatter) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        formatter.Format(logEvent, text);
        lines.WriteLines(text.ToString());
    }
}
