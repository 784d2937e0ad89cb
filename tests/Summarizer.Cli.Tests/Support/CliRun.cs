using Summarizer.Cli.Commands;
using Summarizer.Connectors;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the CLI in-process with captured streams, a chosen environment and working directory.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        WorkingDirectory = Directory.CreateTempSubdirectory("summarizer-cli-").FullName;
    }

    public string WorkingDirectory { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public string Stdin { get; set; } = string.Empty;

    public FakeClock Time { get; } = new();

    /// <summary>The spans and instruments the commands report to (a test's own, so its listener sees only this run); null for the command's own.</summary>
    public Summarizer.Telemetry.SummarizerTelemetry? Telemetry { get; set; }

    /// <summary>Changes the pipeline the command composes (e.g. a stage that fails) just before it is built.</summary>
    public Action<Summarizer.Pipeline.SummaryPipelineBuilder>? ConfigurePipeline { get; set; }

    public string OutDir => Path.Combine(WorkingDirectory, "brief-out");

    public async Task<CliResult> RunAsync(params string[] args) => await RunAsync(CancellationToken.None, args);

    /// <summary>
    /// A run against a fake model server, with the fake clock driven: back-off delays pass at once, and the
    /// connector's attempt and total timeouts never fire (no reply is held), so no real time decides anything.
    /// </summary>
    public Task<CliResult> RunWithModelAsync(params string[] args) => Time.RunAsync(RunAsync(args), ModelTimeouts);

    private static readonly TimeSpan[] ModelTimeouts = [new ConnectorOptions().AttemptTimeout, new ConnectorOptions().TotalTimeout];

    public async Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(
            new StringReader(Stdin),
            output,
            error,
            name => Environment.GetValueOrDefault(name),
            WorkingDirectory,
            Time,
            ErrorIsTerminal: false)
        {
            ConfigurePipeline = ConfigurePipeline,
            Telemetry = Telemetry,
        };
        var code = await CliApp.RunAsync(args, context, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(WorkingDirectory, relativePath));

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
