namespace Summarizer.Cli;

/// <summary>Entry point for the command line; output writers are injected so tests run it in-process.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        _ = (args, input, output, cancellationToken);
        error.WriteLine("not implemented yet");
        return Task.FromResult(2);
    }
}
