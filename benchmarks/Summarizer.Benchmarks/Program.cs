using BenchmarkDotNet.Running;
using Summarizer.Benchmarks.Connectors;
using Summarizer.Benchmarks.Stories;

namespace Summarizer.Benchmarks;

// BenchmarkDotNet classes live in the folder of the stage they measure; pick with --filter.
// "connector", "model-day" and "day" run the end-to-end benchmarks, whose unit is a whole run, not a method call;
// "stages" prints the time and allocations of each stage of the story analysis
// ("day-run" is the child process "day" starts for each size).
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "connector")
        {
            return await ConnectorBench.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "model-day")
        {
            return await ModelDayBench.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "day")
        {
            return await DayBench.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            return Merging.StageCosts.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "day-run")
        {
            return await DayRun.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
