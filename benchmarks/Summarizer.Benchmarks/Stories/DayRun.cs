using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Cleaning;
using Summarizer.Cli;
using Summarizer.Cli.Commands;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Stories;
using Summarizer.Telemetry;

namespace Summarizer.Benchmarks.Stories;

/// <summary>What one run of the day reports to <see cref="DayBench"/>, as one JSON line.</summary>
internal sealed record DayRunReport(int Exit, double WallMs, double CpuMs, long PeakWorkingSet, long AllocatedBytes, IReadOnlyDictionary<string, double> StageMs, IReadOnlyList<string>? SlowestStories = null);

/// <summary>
/// <c>day-run INPUT OUT [--cluster-only]</c> (started by <see cref="DayBench"/>): <c>summarizer brief INPUT --group -q -o OUT</c>
/// in this process, timed, with each stage's span time summed from our own telemetry; with <c>--cluster-only</c>, only
/// what grouping needs (read, clean, cluster, as the pipeline does them), the stories written to <c>OUT/groups.json</c>.
/// </summary>
internal static class DayRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var stages = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        var stories = new StoryTimes();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == SummarizerTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a =>
            {
                stages.AddOrUpdate(a.OperationName, a.Duration.TotalMilliseconds, (_, ms) => ms + a.Duration.TotalMilliseconds);
                stories.Record(a);
            },
        };
        ActivitySource.AddActivityListener(listener);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory, TimeProvider.System, ErrorIsTerminal: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var exit = args.Contains("--cluster-only")
            ? await ClusterOnlyAsync(args[0], args[1], stages)
            : await CliApp.RunAsync(["brief", args[0], "--group", "--provider", "local", "-q", "-o", args[1]], context, CancellationToken.None);
        var wall = watch.Elapsed.TotalMilliseconds;
        using var self = Process.GetCurrentProcess();
        var report = new DayRunReport(
            exit,
            wall,
            (self.TotalProcessorTime - cpuBefore).TotalMilliseconds,
            self.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            stages.Where(s => s.Key is not ("summarizer.source" or "summarizer.chunk")).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
            stories.Slowest(5));
        if (exit is not (0 or 1))
        {
            await Console.Error.WriteLineAsync(error.ToString());
        }

        Console.WriteLine(JsonSerializer.Serialize(report));
        return exit;
    }

    private static async Task<int> ClusterOnlyAsync(string input, string output, ConcurrentDictionary<string, double> stages)
    {
        var watch = Stopwatch.StartNew();
        var reader = new InputReader(new InputReaderOptions(), () => TextReader.Null, NullLogger<InputReader>.Instance);
        var read = await reader.ReadAsync([input], CancellationToken.None);
        stages["read"] = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var cleaner = ArticleCleaners.CreateDefault();
        var articles = read.Articles.Select((raw, i) =>
        {
            var cleaned = cleaner.Clean(raw);
            return new CleanedArticle(i + 1, raw.Origin, cleaned.Title, cleaned.Metadata, cleaned.Text, WordCount.Of(raw.Content), cleaned.Report);
        }).ToList();
        stages["clean"] = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var clusters = StoryClusterers.Create().Cluster(articles, CancellationToken.None);
        stages["cluster"] = watch.Elapsed.TotalMilliseconds;
        Directory.CreateDirectory(output);
        var groups = clusters.Select(c => c.Articles.Select(a => Path.GetFileName(a.Origin)).ToList()).ToList();
        await File.WriteAllTextAsync(Path.Combine(output, "groups.json"), JsonSerializer.Serialize(groups));
        return 0;
    }
}
