using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Summarizer.Cli.Logging;

/// <summary>
/// Writes log lines to the CLI's error writer (stderr, or a StringWriter in tests). Serilog 3's core has
/// no TextWriter sink, and the console sink always writes to the process console.
/// </summary>
internal sealed class TextWriterSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}
