using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Chunking;
using Summarizer.Cli;
using Summarizer.Cli.Commands;
using Summarizer.Connectors.Stub;
using Summarizer.TestSupport;

namespace Summarizer.Benchmarks.Connectors;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- connector [INPUT] [latencyMs] [concurrency]</c>:
/// runs <c>summarizer brief INPUT --provider openai</c> against an in-process OpenAI-compatible server that answers
/// (with the stub model) after a fixed latency, then again from the cache. Reports wall time against the
/// critical-path bound ceil(sourceCalls / concurrency) x latency + merge, and tokens sent against the input's.
/// </summary>
internal static class ConnectorBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var input = args.Length > 0 ? Path.GetFullPath(args[0]) : RepoPaths.Fixture("day");
        var latency = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 250);
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var work = Directory.CreateTempSubdirectory("summarizer-bench-").FullName;
        await using var server = await FakeOpenAIServer.StartAsync();
        using var model = StubChatClients.Create();
        server.Fallback = FakeReply.Answer(async body =>
        {
            await Task.Delay(latency);
            var messages = body.GetProperty("messages").EnumerateArray()
                .Select(m => new ChatMessage(new ChatRole(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()))
                .ToList();
            return (await model.GetResponseAsync(messages)).Text;
        });

        string[] Args(string outDir) =>
            ["brief", input, "--provider", "openai", "--endpoint", server.BaseUrl.ToString(), "--model", "bench", "--cache", Path.Combine(work, "cache"),
             "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "-q", "-o", Path.Combine(work, outDir)];

        var cold = await TimeRunAsync(Args("cold"), work);
        var calls = server.Requests.Count;
        var sent = server.Requests.Sum(r => r.Body.GetProperty("messages").EnumerateArray().Sum(m => TokenCounters.Estimating.Count(m.GetProperty("content").GetString() ?? string.Empty)));
        var inputTokens = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Sum(f => TokenCounters.Estimating.Count(File.ReadAllText(f)));
        var warm = await TimeRunAsync(Args("warm"), work);
        var sources = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "cold", "brief.json"))).RootElement.GetProperty("sources").GetArrayLength();
        var bound = (Math.Ceiling((calls - 1) / (double)concurrency) + 1) * latency.TotalMilliseconds;

        Console.WriteLine(Inv($"input {input}: {sources} sources, {inputTokens} tokens (estimated); latency {latency.TotalMilliseconds:F0} ms per call; concurrency {concurrency}"));
        Console.WriteLine(Inv($"cold run: exit {cold.Exit}, {calls} calls, {sent} tokens sent ({sent / (double)inputTokens:F2}x the input), wall {cold.Ms:F0} ms vs critical-path bound {bound:F0} ms ({cold.Ms / bound:F2}x)"));
        Console.WriteLine(Inv($"cached rerun: exit {warm.Exit}, {server.Requests.Count - calls} calls, wall {warm.Ms:F0} ms"));
        Directory.Delete(work, recursive: true);
        return cold.Exit == 0 && warm.Exit == 0 ? 0 : 1;
    }

    private static async Task<(int Exit, double Ms)> TimeRunAsync(string[] args, string workingDirectory)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(TextReader.Null, output, error, Environment.GetEnvironmentVariable, workingDirectory, TimeProvider.System, ErrorIsTerminal: false);
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(args, context, CancellationToken.None);
        if (exit != 0)
        {
            Console.Error.WriteLine(error.ToString());
        }

        return (exit, watch.Elapsed.TotalMilliseconds);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
