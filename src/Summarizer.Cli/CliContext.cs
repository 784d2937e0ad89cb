namespace Summarizer.Cli;

/// <summary>
/// Everything the CLI takes from its process: streams, environment, working directory, clock.
/// Tests build one around StringWriters to run commands in-process.
/// </summary>
internal sealed record CliContext(
    TextReader Input,
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> Environment,
    string WorkingDirectory,
    TimeProvider TimeProvider,
    bool ErrorIsTerminal)
{
    /// <summary>
    /// Test seam: changes the composed pipeline just before it is built (e.g. a stage that fails),
    /// so the exit codes and messages of the real commands can be checked. Null in the real process.
    /// </summary>
    public Action<Summarizer.Pipeline.SummaryPipelineBuilder>? ConfigurePipeline { get; init; }

    /// <summary>
    /// Test seam: the spans and instruments the commands report to, so a test's listener can tell this run's
    /// measurements from those of tests running beside it. Null in the real process: each command makes its own.
    /// </summary>
    public Summarizer.Telemetry.SummarizerTelemetry? Telemetry { get; init; }

    /// <summary>Stderr as log lines and the progress line share it.</summary>
    public Logging.ErrorLines ErrorLines { get; } = new(Error);

    public static CliContext FromProcess() => new(
        Console.In,
        Console.Out,
        Console.Error,
        System.Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory(),
        TimeProvider.System,
        !Console.IsErrorRedirected && System.Environment.GetEnvironmentVariable("CI") is null);

    /// <summary>Resolves a path the user typed against the working directory.</summary>
    public string ResolvePath(string path) =>
        path == "-" ? path : Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// Resolves a folder the user typed; when it does not exist, says so on the error stream and returns null
    /// (the caller exits with <see cref="ExitCodes.NoUsableInput"/>).
    /// </summary>
    public async Task<string?> ExistingFolderAsync(string typed)
    {
        var dir = ResolvePath(typed);
        if (Directory.Exists(dir))
        {
            return dir;
        }

        await Error.WriteLineAsync($"error: {dir}: no such folder");
        return null;
    }
}
