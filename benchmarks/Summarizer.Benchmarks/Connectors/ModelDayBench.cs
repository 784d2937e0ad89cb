using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Chunking;
using Summarizer.Cli;
using Summarizer.Cli.Commands;
using Summarizer.Connectors.Stub;
using Summarizer.Evaluation.Stories;
using Summarizer.TestSupport;

namespace Summarizer.Benchmarks.Connectors;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- model-day [N] [latencyMs] [concurrency] [--seed S]</c>:
/// the model path at scale. Builds a synthetic day of N articles (default 2,000, as <c>day</c> does), runs
/// <c>summarizer brief DIR --group --provider openai --concurrency C</c> against an in-process OpenAI-compatible server on
/// loopback that answers (with the stub model) after a fixed latency (default 500 ms), and reports the calls by kind,
/// tokens sent and received, wall and CPU time, and the critical-path bound: every call holds one of the C model slots
/// for the latency, so the day cannot finish before calls / C x latency, and the last story still needs its longest
/// chain of dependent calls (a source's summary, then its story's merge) after its sources' slots free.
/// </summary>
internal static class ModelDayBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var positional = new List<int>();
        var seed = 2004;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seed")
            {
                seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                positional.Add(int.Parse(args[i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            }
        }

        var count = positional.Count > 0 ? positional[0] : 2000;
        var latency = TimeSpan.FromMilliseconds(positional.Count > 1 ? positional[1] : 500);
        var concurrency = positional.Count > 2 ? positional[2] : 4;
        var work = Directory.CreateTempSubdirectory("summarizer-model-day-").FullName;
        try
        {
            var topics = await SyntheticDay.LoadTopicsAsync(Path.Combine(RepoPaths.Eval, "duc2004-dev"), CancellationToken.None);
            var input = Path.Combine(work, "in");
            Directory.CreateDirectory(input);
            foreach (var article in SyntheticDay.Generate(topics, count, seed))
            {
                await File.WriteAllTextAsync(Path.Combine(input, article.Name), article.Text);
            }

            await using var server = await FakeOpenAIServer.StartAsync();
            using var model = StubChatClients.Create();
            long received = 0;
            server.Fallback = FakeReply.Answer(async body =>
            {
                await Task.Delay(latency);
                var text = (await model.GetResponseAsync(Messages(body))).Text;
                Interlocked.Add(ref received, TokenCounters.Estimating.Count(text));
                return text;
            });

            using var output = new StringWriter();
            using var error = new StringWriter();
            var context = new CliContext(TextReader.Null, output, error, Environment.GetEnvironmentVariable, work, TimeProvider.System, ErrorIsTerminal: false);
            var load = LoadAverage();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var exit = await CliApp.RunAsync(
                ["brief", input, "--group", "--provider", "openai", "--endpoint", server.BaseUrl.ToString(), "--model", "bench",
                 "--cache", Path.Combine(work, "cache"), "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "-q", "-o", Path.Combine(work, "out")],
                context,
                CancellationToken.None);
            var wall = watch.Elapsed;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (exit is not (0 or 1))
            {
                Console.Error.WriteLine(error.ToString());
            }

            var requests = server.Requests;
            var kinds = requests.GroupBy(r => Kind(r.Body)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var sent = requests.Sum(r => Messages(r.Body).Sum(m => TokenCounters.Estimating.Count(m.Text)));
            using var brief = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out", "brief.json")));
            var stories = brief.RootElement.GetProperty("stories").GetArrayLength();

            // Longest chain of calls that must follow one another: chunk summaries, then their reduce, then the merge.
            var chain = 1 + (kinds.ContainsKey("merge") ? 1 : 0) + (kinds.ContainsKey("reduce") ? 1 : 0);
            var throughput = Math.Ceiling(requests.Count / (double)concurrency) * latency.TotalSeconds;
            var bound = throughput + (chain - 1) * latency.TotalSeconds;
            Console.WriteLine(Inv($"model day: {count} articles (seed {seed}) in {stories} stories; latency {latency.TotalMilliseconds:F0} ms per call; concurrency {concurrency}; {Environment.ProcessorCount} cores"));
            Console.WriteLine(Inv($"  exit {exit}, {requests.Count} calls ({string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))}), most in flight {server.MaxInFlight}"));
            Console.WriteLine(Inv($"  tokens sent {sent} (estimated; {sent / (double)requests.Count:F0} per call), received {received}"));
            Console.WriteLine(Inv($"  wall {wall.TotalSeconds:F1} s, CPU {cpuUsed.TotalSeconds:F1} s (the fake server's included); bound {bound:F1} s = {requests.Count} calls / {concurrency} x {latency.TotalSeconds:F1} s ({throughput:F1} s) + the rest of the longest chain ({chain} calls); wall / bound {wall.TotalSeconds / bound:F2}; load {load} -> {LoadAverage()}"));
            return exit is 0 or 1 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<ChatMessage> Messages(JsonElement body) =>
        [.. body.GetProperty("messages").EnumerateArray()
            .Select(m => new ChatMessage(new ChatRole(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()))];

    // The prompt's kind from its first input block, as the built-in templates write them.
    private static string Kind(JsonElement body)
    {
        var text = string.Join('\n', Messages(body).Select(m => m.Text));
        var summary = text.IndexOf("<summary-", StringComparison.Ordinal);
        var summaries = text.IndexOf("<article-summaries-", StringComparison.Ordinal);
        var article = text.IndexOf("<article-", StringComparison.Ordinal);
        return (summary, summaries, article) switch
        {
            ( >= 0, _, _) when article < 0 || summary < article => "merge",
            (_, >= 0, _) when summaries <= article => "reduce",
            _ => "source",
        };
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
