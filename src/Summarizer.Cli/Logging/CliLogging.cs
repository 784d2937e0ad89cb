using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Filters;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;
using Serilog.Settings.Configuration;
using System.Globalization;

namespace Summarizer.Cli.Logging;

/// <summary>
/// The one place Serilog is configured: human-readable lines on stderr, JSON lines in --log-file, and whatever the
/// <c>Serilog</c> section of <c>summarizer.json</c> adds (levels, overrides, sinks), read by Serilog.Settings.Configuration.
/// </summary>
internal static class CliLogging
{
    /// <summary>
    /// Category of the internal-error report: its stack trace goes to the log file only, because stderr
    /// already has the one line that names the stage and the error.
    /// </summary>
    public const string InternalErrorCategory = "Summarizer.Cli.InternalError";

    /// <summary>The section of <c>summarizer.json</c> Serilog reads.</summary>
    public const string SectionName = "Serilog";

    // Sinks and formatters a Serilog section may name, found without scanning the dependency context (which a
    // trimmed or single-file tool does not have).
    private static readonly ConfigurationReaderOptions ReaderOptions = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly)
    {
        SectionName = SectionName,
    };

    /// <exception cref="LoggingSettingsException">The Serilog section names a level or setting Serilog cannot use.</exception>
    public static Logger CreateLogger(ErrorLines error, bool verbose, bool quiet, string? logFile, IConfiguration? settings)
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
                    .WriteTo.Sink(new ErrorLinesSink(error, new MessageTemplateTextFormatter(template, CultureInfo.InvariantCulture))),
                consoleLevel);
        if (logFile is not null)
        {
            configuration = configuration.WriteTo.File(new JsonFormatter(renderMessage: true), logFile, restrictedToMinimumLevel: LogEventLevel.Debug);
        }

        if (settings?.GetSection(SectionName).Exists() == true)
        {
            configuration = ReadSection(configuration, settings);

            // The flags win over the file, as everywhere else: -v and --log-file still get debug events.
            if (verbose || logFile is not null)
            {
                configuration = configuration.MinimumLevel.Debug();
            }
        }

        return configuration.CreateLogger();
    }

    private static LoggerConfiguration ReadSection(LoggerConfiguration configuration, IConfiguration settings)
    {
        try
        {
            return configuration.ReadFrom.Configuration(settings, ReaderOptions);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or InvalidCastException)
        {
            throw new LoggingSettingsException($"section {SectionName}: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }
}

/// <summary>The <c>Serilog</c> section of the settings cannot be used; the message names the section and the problem.</summary>
internal sealed class LoggingSettingsException(string message, Exception inner) : Exception(message, inner);
