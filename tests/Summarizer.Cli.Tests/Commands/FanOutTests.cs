using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Cli.Tests.Support;
using Summarizer.Evaluation.Stories;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;
using Xunit.Abstractions;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// A big day spread out: one run's stories are Quartz jobs that every worker of the cluster takes, the brief is
/// assembled when the last is done, each story is summarized once, and a story whose worker dies is picked up again.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class FanOutTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-fanout-").FullName;
    private readonly ConcurrentDictionary<string, int> _answered = new(StringComparer.Ordinal);
    private FakeOpenAIServer _server = null!;
    private string _store = "";

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task A_day_of_200_articles_spreads_its_stories_over_every_worker_and_each_is_summarized_once()
    {
        string[] names = ["worker-1", "worker-2", "worker-3"];

        // Each worker asks one thing at a time (concurrency 1): the model answers nothing until three requests are
        // waiting at once, which only three workers each running a story can make.
        var inFlight = 0;
        var allAsking = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Fallback = FakeReply.Answer(async body =>
        {
            if (Interlocked.Increment(ref inFlight) >= names.Length)
            {
                allAsking.TrySetResult();
            }

            await allAsking.Task.WithHangGuard("three workers asking the model at once");
            Interlocked.Decrement(ref inFlight);
            return await AnswerAsync(body);
        });
        var config = await WriteBriefAsync(articles: 200);

        var (workers, run, _) = await RunOnceAsync(names, config, onStarted: null);

        var runKey = RunKeyOf(run);
        var done = names.ToDictionary(name => name, name => StoriesDone(workers[name], runKey));
        var fannedOut = FannedOut(workers[run.Worker], runKey);
        output.WriteLine($"run on {run.Worker}: {fannedOut} stories; done per worker: {string.Join(", ", done.Select(p => $"{p.Key} {p.Value}"))}; {_answered.Count} model calls");
        Assert.True(fannedOut > 10, $"{fannedOut} stories. stderr:\n{workers[run.Worker]}");
        Assert.All(done, pair => Assert.True(pair.Value > 0, $"{pair.Key} ran no story of the run"));
        Assert.Equal(fannedOut, done.Values.Sum());
        await AssertWholeAsync(run, fannedOut, articles: 200);

        // The shared history says which worker ran how many stories: what their logs say.
        using var cli = new CliRun();
        var listed = await cli.RunAsync("runs", "--config", config, "--json");
        Assert.Equal(0, listed.ExitCode);
        var recorded = System.Text.Json.JsonDocument.Parse(listed.Output).RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == run.Id);
        Assert.Equal(string.Join(", ", done.Select(p => $"{p.Key} {p.Value}")), recorded.GetProperty("storyWorkers").GetString());
    }

    [PostgresFact]
    public async Task A_story_whose_worker_is_killed_mid_way_is_picked_up_by_another_and_asked_of_the_model_once()
    {
        string[] names = ["worker-1", "worker-2"];
        var victimAsking = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        // A request from a worker other than the run's own is held for ever: that worker is mid-story when it dies.
        _server.Fallback = new FakeReply(async context =>
        {
            var holder = (await SharedRuns.ReadAsync(_store, "status = 'running'")).Select(r => r.Worker).FirstOrDefault();
            var asking = names.Single(n => context.Request.Headers.Authorization.ToString().EndsWith(ChildCli.ApiKeyOf(n), StringComparison.Ordinal));
            if (holder is not null && asking != holder)
            {
                victimAsking.TrySetResult(asking);
                await FakeReply.Hang().Write(context);
                return;
            }

            await FakeReply.Answer(AnswerAsync).Write(context);
        })
        { Holds = true };
        var config = await WriteBriefAsync(articles: 60);
        var killedAt = DateTimeOffset.MinValue;

        var (workers, run, endedAt) = await RunOnceAsync(names, config, onStarted: async workers =>
        {
            var victim = await victimAsking.Task.WithHangGuard("a story's request from the other worker");
            workers[victim].KillNow();
            await workers[victim].WaitForExitAsync();
            killedAt = DateTimeOffset.UtcNow;
        });

        var runKey = RunKeyOf(run);
        var fannedOut = FannedOut(workers[run.Worker], runKey);
        var survivorDone = StoriesDone(workers[run.Worker], runKey);
        output.WriteLine($"run on {run.Worker}: {fannedOut} stories, all done there after the other worker died; run ended {(endedAt - killedAt).TotalSeconds:0.0} s after the kill; {_answered.Count} model calls");
        Assert.Equal(fannedOut, survivorDone);
        await AssertWholeAsync(run, fannedOut, articles: 60);
    }

    [PostgresFact]
    public async Task A_fanned_out_run_that_fails_leaves_none_of_its_stories_in_the_store()
    {
        string[] names = ["worker-1", "worker-2"];
        _server.Fallback = FakeReply.Status(401, message: "invalid key"); // every story finds the provider unusable
        var config = await WriteBriefAsync(articles: 30);
        var workers = names.ToDictionary(name => name, name => ChildCli.StartWorker(_dir, name, "schedule", "--config", config));
        try
        {
            await Task.WhenAny(workers.Values.Select(w => w.WaitForErrorLineAsync(line => line.Contains(" ended Failed", StringComparison.Ordinal), "the run to fail")))
                .Unwrap().WithHangGuard("the run to fail");
            foreach (var worker in workers.Values)
            {
                await worker.SendSigtermAsync();
                Assert.True(await worker.WaitForExitAsync() is 0 or 130, worker.Error);
            }

            var run = (await SharedRuns.ReadAsync(_store, "status = 'failed'")).First();
            Assert.True(FannedOut(workers[run.Worker].Error, RunKeyOf(run)) > 1, workers[run.Worker].Error);
            await using var connection = new Npgsql.NpgsqlConnection(_store);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM summarizer_stories", connection);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            foreach (var worker in workers.Values)
            {
                worker.Dispose();
            }
        }
    }

    private async Task<string> AnswerAsync(System.Text.Json.JsonElement body)
    {
        var answer = await StubModelReplies.AnswerAsync(body);
        _answered.AddOrUpdate(body.GetRawText(), 1, (_, n) => n + 1);
        return answer;
    }

    private async Task<string> WriteBriefAsync(int articles)
    {
        var store = await postgres.CreateDatabaseAsync();
        _store = store;
        var day = Directory.CreateDirectory(Path.Combine(_dir, "day")).FullName;
        var topics = await SyntheticDay.LoadTopicsAsync(Path.Combine(RepoPaths.Eval, "duc2004-dev"), CancellationToken.None);
        foreach (var article in SyntheticDay.Generate(topics, articles, seed: 7))
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
        return config;
    }

    /// <summary>Starts the workers, waits for the first run to end on whichever took the minute's fire, stops them all.</summary>
    private async Task<(Dictionary<string, string> Logs, SharedRun Run, DateTimeOffset EndedAt)> RunOnceAsync(string[] names, string config, Func<Dictionary<string, ChildCli>, Task>? onStarted)
    {
        var workers = names.ToDictionary(name => name, name => ChildCli.StartWorker(_dir, name, "schedule", "--config", config));
        try
        {
            if (onStarted is not null)
            {
                await onStarted(workers);
            }

            await Task.WhenAny(workers.Values.Where(w => !w.HasExited).Select(w => w.WaitForErrorLineAsync(line => line.Contains("Daily brief for", StringComparison.Ordinal), "a run to end")))
                .Unwrap().WithHangGuard("a run to end");
            var endedAt = DateTimeOffset.UtcNow;
            foreach (var worker in workers.Values.Where(w => !w.HasExited))
            {
                await worker.SendSigtermAsync();
                Assert.True(await worker.WaitForExitAsync() is 0 or 130, worker.Error);
            }

            var run = (await SharedRuns.ReadAsync(_store, "status = 'succeeded'")).OrderBy(r => r.ScheduledFor).First();
            return (workers.ToDictionary(w => w.Key, w => w.Value.Error), run, endedAt);
        }
        finally
        {
            foreach (var worker in workers.Values)
            {
                worker.Dispose();
            }
        }
    }

    /// <summary>Every request answered once; the brief has every story and every article.</summary>
    private async Task AssertWholeAsync(SharedRun run, int stories, int articles)
    {
        Assert.All(_answered, pair => Assert.True(pair.Value == 1, $"asked {pair.Value} times: {pair.Key[..Math.Min(200, pair.Key.Length)]}"));
        var brief = Path.Combine(_dir, "briefs", run.ScheduledFor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(brief, "brief.json")));
        Assert.Equal(stories, json.RootElement.GetProperty("stories").GetArrayLength());
        Assert.Equal(articles, json.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("sources").GetArrayLength()));
    }

    // The run's stories are known by "@" and the fire's UTC time in the workers' log lines.
    private static string RunKeyOf(SharedRun run) => "@" + run.ScheduledFor.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    // "Story 3 of run brief-…@2026-…Z done on worker-2" lines in one worker's log.
    private static int StoriesDone(string log, string runKey) =>
        log.Split('\n').Count(line => line.Contains("Story ", StringComparison.Ordinal) && line.Contains(runKey, StringComparison.Ordinal) && line.Contains(" done on ", StringComparison.Ordinal));

    private static int FannedOut(string log, string runKey) =>
        log.Split('\n').Where(line => line.Contains("stories fanned out", StringComparison.Ordinal) && line.Contains(runKey, StringComparison.Ordinal))
            .Select(line => int.Parse(Regex.Match(line, @"(\d+) stories fanned out").Groups[1].Value, CultureInfo.InvariantCulture))
            .First();
}
