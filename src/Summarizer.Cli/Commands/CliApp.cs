using System.CommandLine;

namespace Summarizer.Cli.Commands;

/// <summary>Builds the command tree and runs one command line; unexpected failures are reported once, here.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = BuildRoot(context);
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
        catch (Exception ex)
        {
            await context.Error.WriteLineAsync($"error: unexpected failure: {ex.Message.ReplaceLineEndings(" ")} (rerun with -v --log-file PATH for details)");
            return ExitCodes.SomeSourcesFailed;
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var common = new CommonOptions();
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
