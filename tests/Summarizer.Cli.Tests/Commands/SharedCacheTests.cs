using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;
using Xunit.Abstractions;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Workers sharing a PostgreSQL store share what a run paid the model for: the summary memory and the reply cache
/// live in the store, so the same day run again by another worker process (its own machine's caches empty) makes no
/// model calls.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed partial class SharedCacheTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-shared-cache-").FullName;
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Fallback = StubModelReplies.Answer();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task A_rerun_of_the_day_on_another_worker_makes_no_model_calls()
    {
        var store = await postgres.CreateDatabaseAsync();
        var config = Path.Combine(_dir, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            schedule: {"{"} cron: "0 6 * * *", timeZone: "UTC" {"}"}
            provider: {"{"} name: openai, model: m1, endpoint: "{_server.BaseUrl}" {"}"}
            store: "{store}"
            sources:
              - folder: {RepoPaths.Fixture("story-river-bridge")}
            """);

        var first = await RunWorkerAsync("desk-a", config);
        var paid = _server.Requests.Count;
        var firstBrief = await BriefAsync();
        Directory.Delete(Path.Combine(_dir, "briefs"), recursive: true); // another machine: nothing of the first run on its disk
        var second = await RunWorkerAsync("desk-b", config);
        output.WriteLine($"first run on desk-a: {paid} model calls; the same day on desk-b: {_server.Requests.Count - paid}");

        Assert.True(first == 0, $"first run exit {first}");
        Assert.True(paid > 0, "the first run called the model");
        Assert.True(second == 0, $"second run exit {second}");
        Assert.Equal(paid, _server.Requests.Count); // every summary and merge came from the store
        Assert.Equal(firstBrief, await BriefAsync());
        Assert.False(File.Exists(Path.Combine(_dir, "briefs", ".summarizer", "summaries.db")), "the memory lives in the store, not beside the output");
    }

    // A worker process with a cache home of its own, as on another machine.
    private async Task<int> RunWorkerAsync(string worker, string config)
    {
        using var child = ChildCli.StartWorker(_dir, worker, "schedule", "--config", config, "--once", "-q");
        var code = await child.WaitForExitAsync();
        Assert.True(code == 0, $"{worker}: exit {code}. stderr:\n{child.Error}");
        return code;
    }

    // The day's brief without the minute it was written at.
    private async Task<string> BriefAsync() =>
        WrittenAt().Replace(await File.ReadAllTextAsync(Path.Combine(BriefFolder(), "brief.md")), "(time)");

    private string BriefFolder() => Assert.Single(Directory.GetDirectories(Path.Combine(_dir, "briefs")), d => !Path.GetFileName(d).StartsWith('.'));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d\d-\d\d \d\d:\d\d UTC")]
    private static partial System.Text.RegularExpressions.Regex WrittenAt();
}
