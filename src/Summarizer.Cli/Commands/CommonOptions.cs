using System.CommandLine;
using Serilog.Extensions.Logging;
using Summarizer.Cli.Configuration;
using Summarizer.Cli.Logging;

namespace Summarizer.Cli.Commands;

/// <summary>Options every command accepts: logging verbosity and the JSON log file.</summary>
internal sealed class CommonOptions
{
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Debug logs on stderr.", Recursive = true };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Only warnings and errors on stderr.", Recursive = true };

    public Option<string?> LogFile { get; } = new("--log-file") { Description = "Also write debug logs as JSON lines to this file.", Recursive = true, HelpName = "PATH" };

    public void AddTo(Command command)
    {
        command.Add(Verbose);
        command.Add(Quiet);
        command.Add(LogFile);
    }

    /// <exception cref="SettingsException">summarizer.json cannot be read, or its Serilog section cannot be used.</exception>
    public Microsoft.Extensions.Logging.ILoggerFactory CreateLoggerFactory(ParseResult parse, CliContext context) =>
        new SerilogLoggerFactory(CreateLogger(parse, context), dispose: true);

    /// <summary>The Serilog logger itself, for a host that registers it (the daily job).</summary>
    /// <exception cref="SettingsException">summarizer.json cannot be read, or its Serilog section cannot be used.</exception>
    public Serilog.Core.Logger CreateLogger(ParseResult parse, CliContext context, bool withSettings = true)
    {
        var logFile = parse.GetValue(LogFile);
        try
        {
            return CliLogging.CreateLogger(
                context.ErrorLines,
                parse.GetValue(Verbose),
                parse.GetValue(Quiet),
                logFile is null ? null : context.ResolvePath(logFile),
                withSettings ? SettingsLoader.LoadFileConfiguration(context) : null);
        }
        catch (LoggingSettingsException ex)
        {
            throw new SettingsException($"{SettingsLoader.FileName}: {ex.Message}", ex);
        }
    }
}
