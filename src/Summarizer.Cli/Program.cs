using System.Runtime.InteropServices;
using Summarizer.Cli;
using Summarizer.Cli.Commands;

// Composition root: Ctrl+C and SIGTERM become cancellation; everything else is in CliApp.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});
return await CliApp.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
