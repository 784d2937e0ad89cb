using Summarizer.Telemetry;

namespace Summarizer.Cli.Telemetry;

/// <summary>
/// What one batch command reports to and exports with: our spans and instruments (the test's, when it gives one), and
/// the OTLP export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Disposing flushes the export, then releases the rest.
/// </summary>
internal sealed class CommandTelemetry : IDisposable
{
    private readonly bool _ownsTelemetry;
    private readonly IDisposable? _export;

    private CommandTelemetry(SummarizerTelemetry telemetry, bool ownsTelemetry, IDisposable? export)
    {
        Telemetry = telemetry;
        _ownsTelemetry = ownsTelemetry;
        _export = export;
    }

    public SummarizerTelemetry Telemetry { get; }

    public static CommandTelemetry Start(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var telemetry = context.Telemetry ?? new SummarizerTelemetry();
        try
        {
            return new CommandTelemetry(telemetry, context.Telemetry is null, OtlpExport.Start(context.Environment));
        }
        catch
        {
            if (context.Telemetry is null)
            {
                telemetry.Dispose();
            }

            throw;
        }
    }

    public void Dispose()
    {
        // The export goes first: shutting its providers down exports the last spans and metrics while the meter still lives.
        _export?.Dispose();
        if (_ownsTelemetry)
        {
            Telemetry.Dispose();
        }
    }
}
