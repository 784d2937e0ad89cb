using BenchmarkDotNet.Running;

namespace Summarizer.Benchmarks;

// Each benchmark class lives in the folder of the stage it measures; pick with --filter.
internal static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
