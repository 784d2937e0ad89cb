using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;
using Summarizer.Cli.Configuration;
using Summarizer.Cli.Logging;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Commands;

/// <summary>Builds the command tree and runs one command line; what the commands do not handle is reported once, here.</summary>
internal static class CliApp
{
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The CLI's edge: whatever a command did not handle is reported once on stderr, an expected failure as exit 1 and a bug as exit 70.")]
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var common = new CommonOptions();
        var root = BuildRoot(common, context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'summarizer --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("cancelled: nothing was written for the interrupted run.");
            return ExitCodes.Cancelled;
        }
        catch (SettingsException ex)
        {
            // summarizer.json (or its Serilog section) could not be used by a command that reads it only for logging.
            await context.Error.WriteLineAsync($"error: {OneLine(ex.Message)}");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ExpectedFailure.Is(ex, cancellationToken))
        {
            // The world outside failed (a folder that cannot be written, a disk that is full): say what, exit 1.
            await context.Error.WriteLineAsync($"error: {OneLine(ex.Message)}");
            return ExitCodes.SomeSourcesFailed;
        }
        catch (Exception ex)
        {
            return await ReportInternalErrorAsync(ex, parse, common, context);
        }
    }

    // A bug: one line on stderr naming the stage, the stack trace in the log file, exit 70.
    private static async Task<int> ReportInternalErrorAsync(Exception ex, ParseResult parse, CommonOptions common, CliContext context)
    {
        var failure = ex as StageFailedException ?? new StageFailedException(parse.CommandResult.Command.Name, ex);
        var logFile = parse.GetValue(common.LogFile);
        // Without summarizer.json's Serilog section: the report must not fail on the file that may have caused it.
        using (var loggers = new SerilogLoggerFactory(common.CreateLogger(parse, context, withSettings: false), dispose: true))
        {
            loggers.CreateLogger(CliLogging.InternalErrorCategory).LogCritical(failure.InnerException, "Internal error in stage {Stage}", failure.Stage);
        }

        var where = logFile is null ? "rerun with --log-file PATH for the stack trace" : $"the stack trace is in {context.ResolvePath(logFile)}";
        await context.Error.WriteLineAsync($"error: {failure.Message} (this is a bug; {where})");
        return ExitCodes.InternalError;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static RootCommand BuildRoot(CommonOptions common, CliContext context)
    {
        var root = new RootCommand("summarizer: turn news articles from several outlets into one brief where every claim cites its sources.");
        common.AddTo(root);
        root.Add(new BriefCommand(common).Create(context));
        root.Add(new CleanCommand(common).Create(context));
        root.Add(new ChunksCommand(common).Create(context));
        root.Add(new EvalCommand(common).Create(context));
        root.Add(new ScheduleCommand(common).Create(context));
        root.Add(new RunsCommand().Create(context));
        return root;
    }
}
