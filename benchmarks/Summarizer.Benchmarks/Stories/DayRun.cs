using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Summarizer.Cli;
using Summarizer.Cli.Commands;
using Summarizer.Telemetry;

namespace Summarizer.Benchmarks.Stories;

/// <summary>What one run of the day reports to <see cref="DayBench"/>, as one JSON line.</summary>
internal sealed record DayRunReport(int Exit, double WallMs, double CpuMs, long PeakWorkingSet, long AllocatedBytes, IReadOnlyDictionary<string, double> StageMs);

/// <summary>
/// <c>day-run INPUT OUT</c> (started by <see cref="DayBench"/>): <c>summarizer brief INPUT --group -q -o OUT</c> in
/// this process, timed, with each stage's span time summed from our own telemetry.
/// </summary>
internal static class DayRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var stages = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == SummarizerTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => stages.AddOrUpdate(a.OperationName, a.Duration.TotalMilliseconds, (_, ms) => ms + a.Duration.TotalMilliseconds),
        };
        ActivitySource.AddActivityListener(listener);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory, TimeProvider.System, ErrorIsTerminal: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["brief", args[0], "--group", "--provider", "local", "-q", "-o", args[1]], context, CancellationToken.None);
        var wall = watch.Elapsed.TotalMilliseconds;
        using var self = Process.GetCurrentProcess();
        var report = new DayRunReport(
            exit,
            wall,
            (self.TotalProcessorTime - cpuBefore).TotalMilliseconds,
            self.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            stages.Where(s => s.Key is not ("summarizer.source" or "summarizer.chunk")).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
        if (exit is not (0 or 1))
        {
            await Console.Error.WriteLineAsync(error.ToString());
        }

        Console.WriteLine(JsonSerializer.Serialize(report));
        return exit;
    }
}
