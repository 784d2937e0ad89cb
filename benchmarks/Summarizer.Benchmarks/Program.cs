using BenchmarkDotNet.Running;
using Summarizer.Benchmarks.Connectors;

namespace Summarizer.Benchmarks;

// BenchmarkDotNet classes live in the folder of the stage they measure; pick with --filter.
// "connector" runs the end-to-end connector benchmark, whose unit is a whole run, not a method call.
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "connector")
        {
            return await ConnectorBench.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
