using System.Diagnostics;
using System.Globalization;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Benchmarks.Merging;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- stages [N] [--runs R]</c>: each stage of
/// <see cref="StoryAnalysis.Analyze"/> on the benchmark's story of N sources (default 40), run in its order, with the
/// wall time (best of R runs, default 5), the process' CPU time (best of R; on a machine shared with other work it
/// moves less than the wall time), the bytes it allocates on this thread, and the GC pause time (best of R) and gen0
/// collections it took (on a loaded machine a collection's pause grows most): where the analysis spends, to know what
/// to cut before measuring the whole with <see cref="StoryAnalysisBenchmarks"/>.
/// </summary>
internal static class StageCosts
{
    public static int Run(string[] args)
    {
        var sources = 40;
        var runs = 5;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                sources = int.Parse(args[i], CultureInfo.InvariantCulture);
            }
        }

        var articles = StoryAnalysisBenchmarks.StoryOf(sources);
        var options = new StoryAnalysisOptions().Validate();
        var costs = new Dictionary<string, (double Ms, double CpuMs, long Bytes, double GcMs, int Gcs)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var run = 0; run < runs; run++)
        {
            var token = CancellationToken.None;
            var index = Measure("index", () => articles.OrderBy(a => a.Id).Select(SourceIndex.Build).ToList());
            var copyOf = Measure("copies", () => CopyDetector.Detect(index, options, token));
            var facts = Measure("facts: extract", () => FactExtractor.ExtractStory([.. index.Select(s => s.Article)], [.. index.Select(s => s.ReadSentences())], token));
            var aligned = Measure("facts: align", () => FactAligner.Align(facts, token).ToList());
            var status = Measure("facts: status updates", () => StatusUpdates.Align(facts, token).ToList());
            IReadOnlyList<AlignedGroup> groups = [.. aligned, .. status];
            Measure("disagreements: facts", () => FactDisagreements.From(groups, index.ToDictionary(s => s.Article.Id, s => s.Article.Text)));
            Measure("disagreements: participants", () => ParticipantFinder.Find(index, minVariantLength: 6).ToList());
            Measure("disagreements: event agents", () => EventAgentFinder.Find(index, minVariantLength: 6).ToList());
            Measure("disagreements: causes", () => CauseFinder.Find(index).ToList());
            var disagreements = Measure("disagreements (all)", () => DisagreementFinder.Find(index, groups, token));
            var corroboration = Measure("corroboration", () => new FactCorroboration(facts, groups, copyOf, disagreements));
            var judged = Measure("single source: assess", () => SingleSourceFinder.Assess(index, corroboration, options, token));
            Measure("single source: find", () => SingleSourceFinder.Find(index, judged, corroboration, options));
            Measure("Analyze (whole)", () => StoryAnalysis.Analyze(articles, options, token));
        }

        foreach (var name in order)
        {
            var (ms, cpuMs, bytes, gcMs, gcs) = costs[name];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30} {ms,9:F1} ms {cpuMs,9:F1} ms cpu {bytes / 1048576.0,9:F1} MB {gcMs,7:F1} ms gc pause {gcs,4} gen0"));
        }

        return 0;

        T Measure<T>(string name, Func<T> stage)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var pauseBefore = GC.GetTotalPauseDuration();
            var gcsBefore = GC.CollectionCount(0);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = stage();
            var ms = watch.Elapsed.TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            var gcMs = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var gcs = GC.CollectionCount(0) - gcsBefore;
            if (!costs.TryGetValue(name, out var seen))
            {
                order.Add(name);
                costs[name] = (ms, cpuMs, bytes, gcMs, gcs);
            }
            else
            {
                costs[name] = (Math.Min(seen.Ms, ms), Math.Min(seen.CpuMs, cpuMs), bytes, Math.Min(seen.GcMs, gcMs), gcs);
            }

            return result;
        }
    }
}
