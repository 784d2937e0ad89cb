using System.Text.Json;
using Npgsql;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// <c>store:</c> / <c>SUMMARIZER_STORE</c> naming a PostgreSQL database: the run history lives there (nothing in
/// OUTPUT/.summarizer), <c>runs</c> reads it with the worker of each run, the password never reaches a log, and a
/// schema newer than this version stops with exit 2.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class SharedStoreTests(PostgresFixture postgres) : IDisposable
{
    // Trust authentication on the throwaway cluster: the password is never sent, only carried, so it can only leak by logging.
    private const string Password = "hunter2-never-logged";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private string History => Path.Combine(_cli.WorkingDirectory, "briefs", ".summarizer", "history.db");

    private async Task<string> ConfigAsync(string? store)
    {
        var path = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(path, $"""
            output: ./briefs
            schedule: {"{"} cron: "0 6 * * *", timeZone: "Europe/Paris" {"}"}
            provider: {"{"} name: local {"}"}
            {(store is null ? string.Empty : $"store: \"{store}\"")}
            sources:
              - folder: {RepoPaths.Fixture("day")}
            """);
        return path;
    }

    [PostgresFact]
    public async Task A_run_is_recorded_in_the_shared_store_with_its_worker_and_runs_lists_it()
    {
        var store = await postgres.CreateDatabaseAsync() + $";Password={Password}";
        var config = await ConfigAsync(store);
        _cli.Environment["SUMMARIZER_WORKER"] = "desk-a";
        var log = Path.Combine(_cli.WorkingDirectory, "run.log");

        var run = await _cli.RunAsync("schedule", "--config", config, "--once", "-v", "--log-file", log);
        var listed = await _cli.RunAsync("runs", "--config", config);
        var json = await _cli.RunAsync("runs", "--config", config, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(History), "the shared store replaces the SQLite history");
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("desk-a", listed.Output, StringComparison.Ordinal);
        var recorded = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.Equal(("succeeded", "desk-a"), (recorded.GetProperty("status").GetString(), recorded.GetProperty("worker").GetString()));
        Assert.Contains("PostgreSQL Host=", await File.ReadAllTextAsync(log), StringComparison.Ordinal); // the store was logged...
        Assert.DoesNotContain(Password, run.Error + listed.Error + listed.Output + await File.ReadAllTextAsync(log), StringComparison.Ordinal); // ...without its password
    }

    [PostgresFact]
    public async Task The_environment_names_the_store_when_brief_yaml_does_not()
    {
        var config = await ConfigAsync(store: null);
        _cli.Environment["SUMMARIZER_STORE"] = await postgres.CreateDatabaseAsync();

        var run = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");
        var json = await _cli.RunAsync("runs", "--config", config, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(History));
        Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
    }

    [PostgresFact]
    public async Task A_store_written_by_a_newer_version_stops_with_exit_2_and_writes_nothing()
    {
        var store = await postgres.CreateDatabaseAsync();
        var config = await ConfigAsync(store + $";Password={Password}");
        Assert.Equal(0, (await _cli.RunAsync("runs", "--config", config)).ExitCode); // creates the schema
        await using (var connection = new NpgsqlConnection(store))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("INSERT INTO summarizer_schema (version) VALUES (99)", connection);
            await command.ExecuteNonQueryAsync();
        }

        var run = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");
        var listed = await _cli.RunAsync("runs", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("written by a newer version (schema 99, this one reads up to ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "briefs")), "nothing ran, so nothing was written");
        Assert.Equal(2, listed.ExitCode);
        Assert.Contains("schema 99", listed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_is_not_a_connection_string_is_a_usage_error_that_does_not_repeat_it()
    {
        var config = await ConfigAsync($"postgresql://worker:{Password}@db/summarizer");

        var run = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("store: not a PostgreSQL connection string", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Error, StringComparison.Ordinal);
    }
}
