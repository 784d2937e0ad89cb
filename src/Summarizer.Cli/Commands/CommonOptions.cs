using System.CommandLine;

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

    public Microsoft.Extensions.Logging.ILoggerFactory CreateLoggerFactory(ParseResult parse, CliContext context)
    {
        var logFile = parse.GetValue(LogFile);
        return Logging.CliLogging.Create(
            context.Error,
            parse.GetValue(Verbose),
            parse.GetValue(Quiet),
            logFile is null ? null : context.ResolvePath(logFile));
    }
}
