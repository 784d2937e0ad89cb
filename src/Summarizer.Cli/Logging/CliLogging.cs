using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Filters;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;
using System.Globalization;

namespace Summarizer.Cli.Logging;

/// <summary>The one place Serilog is configured: human-readable lines on stderr, JSON lines in --log-file.</summary>
internal static class CliLogging
{
    /// <summary>
    /// Category of the internal-error report: its stack trace goes to the log file only, because stderr
    /// already has the one line that names the stage and the error.
    /// </summary>
    public const string InternalErrorCategory = "Summarizer.Cli.InternalError";

    public static ILoggerFactory Create(TextWriter error, bool verbose, bool quiet, string? logFile)
    {
        var consoleLevel = verbose ? LogEventLevel.Debug : quiet ? LogEventLevel.Warning : LogEventLevel.Information;
        var template = verbose
            ? "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:l}{NewLine}{Exception}"
            : "{Level:u3}: {Message:l}{NewLine}";
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(verbose || logFile is not null ? LogEventLevel.Debug : consoleLevel)
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            // The SQLite reply store announces the file it creates at Information; only its problems are worth a line.
            .MinimumLevel.Override("NeoSmart.Caching.Sqlite", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Logger(
                console => console
                    .Filter.ByExcluding(Matching.FromSource(InternalErrorCategory))
                    .WriteTo.Sink(new TextWriterSink(error, new MessageTemplateTextFormatter(template, CultureInfo.InvariantCulture))),
                consoleLevel);
        if (logFile is not null)
        {
            configuration = configuration.WriteTo.File(new JsonFormatter(renderMessage: true), logFile, restrictedToMinimumLevel: LogEventLevel.Debug);
        }

        return new SerilogLoggerFactory(configuration.CreateLogger(), dispose: true);
    }
}
