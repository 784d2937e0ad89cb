using System.Collections.Concurrent;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;
using Xunit.Abstractions;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// <c>kill -9</c> of the worker holding a run mid-way: another worker of the Quartz cluster recovers the fire and
/// finishes it. Nothing the dead worker paid for is asked of the model again (the shared reply cache and memory), the
/// history has one record for the fire, and the brief is written whole.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class FailoverTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly string[] Workers = ["worker-1", "worker-2"];

    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-failover-").FullName;
    private readonly ConcurrentDictionary<string, int> _answered = new(StringComparer.Ordinal);
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();

        // One request at a time (concurrency 1): the run's third request hangs until its worker dies, so the two
        // before it were answered and stored. Every answer is as the stub model's, counted by its request body.
        var counted = FakeReply.Answer(async body =>
        {
            var answer = await StubModelReplies.AnswerAsync(body);
            _answered.AddOrUpdate(body.GetRawText(), 1, (_, n) => n + 1);
            return answer;
        });
        _server.Enqueue(counted, counted, FakeReply.Hang());
        _server.Fallback = counted;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task A_worker_killed_mid_run_has_its_fire_finished_by_another_with_nothing_asked_twice()
    {
        var store = await postgres.CreateDatabaseAsync();
        await File.WriteAllTextAsync(Path.Combine(_dir, "summarizer.json"), """{ "concurrency": 1 }""");
        var config = Path.Combine(_dir, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            schedule: {"{"} cron: "* * * * *", timeZone: "UTC" {"}"}
            provider: {"{"} name: openai, model: m1, endpoint: "{_server.BaseUrl}" {"}"}
            store: "{store}"
            sources:
              - folder: {RepoPaths.Fixture("story-river-bridge")}
            """);
        var workers = Workers.ToDictionary(name => name, name => ChildCli.StartWorker(_dir, name, "schedule", "--config", config));
        try
        {
            // The next minute's fire starts on one worker and stops at the hanging request.
            await _server.NextHang.WithHangGuard("the run's third model request");
            var running = Assert.Single(await SharedRuns.ReadAsync(store, "status = 'running'"));
            var (runId, scheduledFor, holder, startedAt) = (running.Id, running.ScheduledFor, running.Worker, running.StartedAt);
            workers[holder].KillNow();
            var survivor = workers.Single(w => w.Key != holder);
            await survivor.Value.WaitForErrorLineAsync(line => line.Contains($"Run {runId} ", StringComparison.Ordinal) && line.Contains(" ended ", StringComparison.Ordinal), "the recovered run to end");
            await survivor.Value.SendSigtermAsync();
            Assert.True(await survivor.Value.WaitForExitAsync() is 0 or 130, survivor.Value.Error);

            var runs = await SharedRuns.ReadAsync(store);
            var fire = Assert.Single(runs, r => r.ScheduledFor == scheduledFor);
            output.WriteLine($"failover: run {runId} killed on {holder}, taken over by {survivor.Key} {(fire.StartedAt - startedAt).TotalSeconds:0.0} s after it began; {_answered.Count} model calls in all");
            Assert.Equal((runId, "succeeded", survivor.Key), (fire.Id, fire.Status, fire.Worker));
            Assert.All(_answered, pair => Assert.True(pair.Value == 1, $"asked {pair.Value} times: {pair.Key[..Math.Min(200, pair.Key.Length)]}"));
            var brief = Path.Combine(_dir, "briefs", scheduledFor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("## Stories", await File.ReadAllTextAsync(Path.Combine(brief, "brief.md")), StringComparison.Ordinal);
            using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(brief, "brief.json")));
            Assert.NotEqual(0, json.RootElement.GetProperty("stories").GetArrayLength());
        }
        finally
        {
            foreach (var worker in workers.Values)
            {
                worker.Dispose();
            }
        }
    }
}
