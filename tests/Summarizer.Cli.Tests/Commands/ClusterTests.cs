using Npgsql;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Several real <c>summarizer schedule</c> processes sharing one PostgreSQL store form one Quartz cluster: a
/// scheduled fire runs on exactly one of them, and the shared history says which.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class ClusterTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-cluster-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task One_fire_gives_exactly_one_run_whatever_the_number_of_workers()
    {
        var store = await postgres.CreateDatabaseAsync();
        var config = Path.Combine(_dir, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            schedule: {"{"} cron: "* * * * *", timeZone: "UTC" {"}"}
            provider: {"{"} name: local {"}"}
            store: "{store}"
            sources:
              - folder: {RepoPaths.Fixture("day")}
            """);
        string[] names = ["worker-1", "worker-2", "worker-3"];
        var workers = names
            .Select(name => ChildCli.Start(_dir, new Dictionary<string, string> { ["SUMMARIZER_WORKER"] = name }, "schedule", "--config", config))
            .ToList();
        try
        {
            // The cron fires every minute: wait for the first run to end on whichever worker took it (its log line, not a
            // timer), then stop them all the way a service manager does.
            var ended = workers.Select(w => w.WaitForErrorLineAsync(line => line.Contains(" ended ", StringComparison.Ordinal), "a scheduled run to end")).ToList();
            await await Task.WhenAny(ended);
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

        var runs = await RunsAsync(store);
        var errors = string.Join("\n---\n", workers.Select(w => w.Error));
        Assert.True(runs.Count > 0, errors);
        Assert.All(runs.GroupBy(r => r.ScheduledFor), fire => Assert.True(fire.Count() == 1, $"{fire.Key:o} ran {fire.Count()} times: {string.Join(", ", fire.Select(r => $"{r.Worker} {r.Status}"))}"));
        Assert.Contains(runs, r => r.Status == "succeeded");
        Assert.All(runs, r => Assert.Contains(r.Worker, names));
    }

    private static async Task<List<(DateTime ScheduledFor, string Status, string Worker)>> RunsAsync(string store)
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT scheduled_for, status, worker FROM summarizer_runs ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(DateTime, string, string)>();
        while (await reader.ReadAsync())
        {
            runs.Add((reader.GetDateTime(0), reader.GetString(1), reader.GetString(2)));
        }

        return runs;
    }
}
