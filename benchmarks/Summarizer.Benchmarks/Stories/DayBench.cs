using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Summarizer.Evaluation.Stories;
using Summarizer.TestSupport;

namespace Summarizer.Benchmarks.Stories;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- day [N...] [--seed S] [--topics DIR] [--keep] [--cluster-only]</c>:
/// for each N (default 1000 5000; 20000 when asked) builds a synthetic day of N articles from the DUC 2004 dev topics
/// (<see cref="SyntheticDay"/>), writes it to a temp folder, runs <c>summarizer brief DIR --group</c> (offline engine)
/// in a fresh process (<see cref="DayRun"/>, so each N has its own peak working set), and scores the stories of its
/// <c>brief.json</c> against the topics: wall time, peak working set, allocated bytes, stage times and pairwise P/R/F1.
/// <c>--cluster-only</c> stops after grouping (read, clean, cluster), for days too large to summarize in a benchmark.
/// </summary>
internal static class DayBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = new List<int>();
        var seed = 2004;
        string? topicsRoot = null;
        var keep = false;
        var clusterOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--topics": topicsRoot = Path.GetFullPath(args[++i]); break;
                case "--keep": keep = true; break;
                case "--cluster-only": clusterOnly = true; break;
                default: sizes.Add(int.Parse(args[i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)); break;
            }
        }

        topicsRoot ??= Path.Combine(RepoPaths.Eval, "duc2004-dev");
        if (sizes.Count == 0)
        {
            sizes.AddRange([1000, 5000]);
        }

        var topics = await SyntheticDay.LoadTopicsAsync(topicsRoot, CancellationToken.None);
        Console.WriteLine(Inv($"day benchmark: {topics.Count} topics from {topicsRoot}, seed {seed}, {Environment.ProcessorCount} cores"));
        var failed = false;
        foreach (var n in sizes)
        {
            var work = Directory.CreateTempSubdirectory($"summarizer-day-{n}-").FullName;
            try
            {
                var day = SyntheticDay.Generate(topics, n, seed);
                var input = Path.Combine(work, "in");
                Directory.CreateDirectory(input);
                foreach (var article in day)
                {
                    await File.WriteAllTextAsync(Path.Combine(input, article.Name), article.Text);
                }

                var loadBefore = LoadAverage();
                var run = await RunChildAsync(input, Path.Combine(work, "out"), clusterOnly);
                var loadAfter = LoadAverage();
                if (run is null || run.Exit is not (0 or 1))
                {
                    Console.WriteLine(Inv($"N {n}: run failed (exit {run?.Exit})"));
                    failed = true;
                    continue;
                }

                var (stories, score) = clusterOnly ? ScoreGroups(Path.Combine(work, "out", "groups.json"), day) : Score(Path.Combine(work, "out", "brief.json"), day);
                var stages = string.Join(", ", run.StageMs.OrderByDescending(s => s.Value).Select(s => Inv($"{s.Key} {s.Value / 1000:F1} s")));
                Console.WriteLine(Inv(
                    $"N {n}: wall {run.WallMs / 1000:F1} s (cpu {run.CpuMs / 1000:F1} s), peak working set {run.PeakWorkingSet / 1048576.0:F0} MB, allocated {run.AllocatedBytes / 1048576.0:F0} MB; {stories} stories for {day.Select(a => a.Topic).Distinct(StringComparer.Ordinal).Count()} topics, {score}; load {loadBefore} -> {loadAfter}"));
                Console.WriteLine(Inv($"  stages: {stages}"));
                foreach (var story in run.SlowestStories ?? [])
                {
                    Console.WriteLine($"  {story}");
                }
            }
            finally
            {
                if (keep)
                {
                    Console.WriteLine($"  kept {work}");
                }
                else
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        return failed ? 1 : 0;
    }

    private static (int Stories, PairwiseScore Score) Score(string briefJson, IReadOnlyList<SyntheticArticle> day)
    {
        var truth = day.ToDictionary(a => a.Name, a => a.Topic, StringComparer.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(briefJson));
        var groups = json.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("sources").EnumerateArray().Select(src => Path.GetFileName(src.GetProperty("path").GetString()!)).ToList())
            .ToList();
        return (groups.Count, PairwiseScore.Of(truth, groups));
    }

    private static (int Stories, PairwiseScore Score) ScoreGroups(string groupsJson, IReadOnlyList<SyntheticArticle> day)
    {
        var groups = JsonSerializer.Deserialize<List<List<string>>>(File.ReadAllText(groupsJson))!;
        return (groups.Count, PairwiseScore.Of(day.ToDictionary(a => a.Name, a => a.Topic, StringComparer.Ordinal), groups));
    }

    private static async Task<DayRunReport?> RunChildAsync(string input, string output, bool clusterOnly)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(DayBench).Assembly.Location);
        }

        foreach (var arg in new[] { "day-run", input, output })
        {
            start.ArgumentList.Add(arg);
        }

        if (clusterOnly)
        {
            start.ArgumentList.Add("--cluster-only");
        }

        using var child = Process.Start(start)!;
        var stdout = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is null ? null : JsonSerializer.Deserialize<DayRunReport>(last);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
