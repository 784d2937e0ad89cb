using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;
using Xunit.Abstractions;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Several real <c>summarizer schedule</c> processes sharing one PostgreSQL store form one Quartz cluster: each
/// scheduled fire of each brief (a folder of two) runs on exactly one of them, and the shared history says which.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class ClusterTests(PostgresFixture postgres, ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-cluster-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task Each_fire_of_each_brief_gives_exactly_one_run_whatever_the_number_of_workers()
    {
        var store = await postgres.CreateDatabaseAsync();
        var config = Directory.CreateDirectory(Path.Combine(_dir, "briefs.d")).FullName;
        foreach (var (name, folder) in new[] { ("world", RepoPaths.Fixture("day")), ("river", RepoPaths.Fixture("story-river-bridge")) })
        {
            await File.WriteAllTextAsync(Path.Combine(config, name + ".yaml"), $"""
                output: ../out/{name}
                schedule: {"{"} cron: "* * * * *", timeZone: "UTC" {"}"}
                provider: {"{"} name: local {"}"}
                store: "{store}"
                sources:
                  - folder: {folder}
                """);
        }

        string[] names = ["worker-1", "worker-2", "worker-3"];
        var workers = names
            .Select(name => ChildCli.StartWorker(_dir, name, "schedule", "--config", config))
            .ToList();
        try
        {
            // The cron fires every minute: wait for a run of each brief to end on whichever worker took it (its log
            // line, not a timer), then stop them all the way a service manager does.
            foreach (var name in new[] { "world", "river" })
            {
                var folder = Path.Combine(_dir, "out", name);
                var written = workers.Select(w => w.WaitForErrorLineAsync(line => line.Contains("Daily brief for", StringComparison.Ordinal) && line.Contains(folder, StringComparison.Ordinal), $"a run of {name} to end")).ToList();
                await await Task.WhenAny(written);
            }

            foreach (var worker in workers)
            {
                await worker.SendSigtermAsync();
            }

            foreach (var worker in workers)
            {
                var code = await worker.WaitForExitAsync();
                Assert.True(code is 0 or 130, $"exit {code}. stderr:\n{worker.Error}");
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }

        var runs = await SharedRuns.ReadAsync(store);
        var errors = string.Join("\n---\n", workers.Select(w => w.Error));
        output.WriteLine($"{runs.GroupBy(r => (r.Brief, r.ScheduledFor)).Count()} fires, {runs.Count} runs; runs per worker: {string.Join(", ", names.Select(n => $"{n} {runs.Count(r => r.Worker == n)}"))}");
        Assert.True(runs.Count > 0, errors);
        Assert.All(runs.GroupBy(r => (r.Brief, r.ScheduledFor)), fire => Assert.True(fire.Count() == 1, $"{fire.Key} ran {fire.Count()} times: {string.Join(", ", fire.Select(r => $"{r.Worker} {r.Status}"))}"));
        Assert.Equal(2, runs.Where(r => r.Status == "succeeded").Select(r => r.Brief).Distinct().Count());
        Assert.All(runs, r => Assert.Contains(r.Worker, names));
    }
}
