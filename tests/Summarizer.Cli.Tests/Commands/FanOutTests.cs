using System.Collections.Concurrent;
using Summarizer.Cli.Tests.Support;
using Summarizer.Evaluation.Stories;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;
using Xunit.Abstractions;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// A big day spread out: one run's stories are Quartz jobs that every worker of the cluster takes, and the brief is
/// assembled when the last is done, each story summarized once.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class FanOutTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly string[] Workers = ["worker-1", "worker-2", "worker-3"];

    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-fanout-").FullName;
    private readonly ConcurrentDictionary<string, int> _answered = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _allWorkersAsking = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();

        // Each worker asks one thing at a time (concurrency 1): the model answers nothing until three requests are
        // waiting at once, which only three workers each running a story can make. Every answer is the stub model's,
        // counted by its request body.
        _server.Fallback = FakeReply.Answer(async body =>
        {
            if (Interlocked.Increment(ref _inFlight) >= Workers.Length)
            {
                _allWorkersAsking.TrySetResult();
            }

            await _allWorkersAsking.Task.WithHangGuard("three workers asking the model at once");
            Interlocked.Decrement(ref _inFlight);
            var answer = await StubModelReplies.AnswerAsync(body);
            _answered.AddOrUpdate(body.GetRawText(), 1, (_, n) => n + 1);
            return answer;
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task A_day_of_200_articles_spreads_its_stories_over_every_worker_and_each_is_summarized_once()
    {
        var store = await postgres.CreateDatabaseAsync();
        var day = Directory.CreateDirectory(Path.Combine(_dir, "day")).FullName;
        var topics = await SyntheticDay.LoadTopicsAsync(Path.Combine(RepoPaths.Eval, "duc2004-dev"), CancellationToken.None);
        foreach (var article in SyntheticDay.Generate(topics, 200, seed: 7))
        {
            await File.WriteAllTextAsync(Path.Combine(day, article.Name), article.Text);
        }

        await File.WriteAllTextAsync(Path.Combine(_dir, "summarizer.json"), """{ "concurrency": 1 }""");
        var config = Path.Combine(_dir, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            schedule: {"{"} cron: "* * * * *", timeZone: "UTC" {"}"}
            provider: {"{"} name: openai, model: m1, endpoint: "{_server.BaseUrl}" {"}"}
            store: "{store}"
            sources:
              - folder: {day}
            """);
        var workers = Workers.ToDictionary(name => name, name => ChildCli.StartWorker(_dir, name, "schedule", "--config", config));
        try
        {
            // The first run to end, on whichever worker the minute's fire went to; then stop them all.
            await Task.WhenAny(workers.Values.Select(w => w.WaitForErrorLineAsync(line => line.Contains("Daily brief for", StringComparison.Ordinal), "a run to end")))
                .Unwrap().WithHangGuard("a run to end");
            foreach (var worker in workers.Values)
            {
                await worker.SendSigtermAsync();
            }

            foreach (var worker in workers.Values)
            {
                Assert.True(await worker.WaitForExitAsync() is 0 or 130, worker.Error);
            }

            var runs = await SharedRuns.ReadAsync(store);
            var run = runs.OrderBy(r => r.ScheduledFor).First(r => r.Status == "succeeded");
            var runKey = "@" + run.ScheduledFor.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            var storiesDone = Workers.ToDictionary(name => name, name => StoriesDone(workers[name].Error, runKey));
            var fannedOut = FannedOut(workers[run.Worker].Error, runKey);
            output.WriteLine($"run on {run.Worker}: {fannedOut} stories; done per worker: {string.Join(", ", storiesDone.Select(p => $"{p.Key} {p.Value}"))}; {_answered.Count} model calls");

            Assert.True(fannedOut > 10, $"{fannedOut} stories. stderr:\n{workers[run.Worker].Error}");
            Assert.All(storiesDone, pair => Assert.True(pair.Value > 0, $"{pair.Key} ran no story of the run"));
            Assert.Equal(fannedOut, storiesDone.Values.Sum());
            Assert.All(_answered, pair => Assert.True(pair.Value == 1, $"asked {pair.Value} times: {pair.Key[..Math.Min(200, pair.Key.Length)]}"));
            var brief = Path.Combine(_dir, "briefs", run.ScheduledFor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(brief, "brief.json")));
            Assert.Equal(fannedOut, json.RootElement.GetProperty("stories").GetArrayLength());
            Assert.Equal(200, json.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("sources").GetArrayLength()));
        }
        finally
        {
            foreach (var worker in workers.Values)
            {
                worker.Dispose();
            }
        }
    }

    // "Story 3 of run brief-…@2026-…Z done on worker-2" lines of the run's stories in one worker's log.
    private static int StoriesDone(string log, string runKey) =>
        log.Split('\n').Count(line => line.Contains("Story ", StringComparison.Ordinal) && line.Contains(runKey, StringComparison.Ordinal) && line.Contains(" done on ", StringComparison.Ordinal));

    private static int FannedOut(string log, string runKey) =>
        log.Split('\n').Where(line => line.Contains("stories fanned out", StringComparison.Ordinal) && line.Contains(runKey, StringComparison.Ordinal))
            .Select(line => int.Parse(System.Text.RegularExpressions.Regex.Match(line, @"(\d+) stories fanned out").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .First();
}
