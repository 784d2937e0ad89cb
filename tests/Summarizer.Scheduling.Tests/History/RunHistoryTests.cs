using Microsoft.Data.Sqlite;
using Summarizer.Documents;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Tests.Support;

namespace Summarizer.Scheduling.Tests.History;

public sealed class RunHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Six = new(2026, 1, 6, 5, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task History_survives_reopening_and_lives_under_the_output_folder()
    {
        using (var history = await RunHistory.OpenAsync(_dir.Path))
        {
            await history.FinishRunAsync(await history.StartRunAsync(Six, Six), Six, new RunOutcome(RunStatus.Succeeded));
            Assert.Equal(Path.Combine(_dir.Path, ".summarizer", "history.db"), history.FilePath);
        }

        using var reopened = await RunHistory.OpenAsync(_dir.Path);
        Assert.Equal(Six, await reopened.LastSuccessfulScheduledTimeAsync());
    }

    [Fact]
    public async Task Uses_wal_and_records_the_schema_version()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        await using var connection = new SqliteConnection($"Data Source={history.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        Assert.Equal((long)RunHistory.SchemaVersion, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_history_from_before_worker_names_keeps_its_runs_with_no_worker()
    {
        var path = RunHistory.PathFor(_dir.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_version (version INTEGER NOT NULL);
                INSERT INTO schema_version (version) VALUES (1);
                CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, scheduled_for TEXT NOT NULL, started_at TEXT NOT NULL,
                    ended_at TEXT, status TEXT NOT NULL, sources INTEGER, stories INTEGER, failures INTEGER,
                    usage_json TEXT, failures_json TEXT, message TEXT);
                INSERT INTO runs (scheduled_for, started_at, status) VALUES ('2026-01-06T05:00:00.0000000Z', '2026-01-06T05:00:00.0000000Z', 'succeeded');
                """;
            await command.ExecuteNonQueryAsync();
        }

        using var history = await RunHistory.OpenAsync(_dir.Path);
        var old = Assert.Single(await history.RecentAsync(10));
        Assert.Equal((Six, RunStatus.Succeeded, (string?)null), (old.ScheduledFor, old.Status, old.Worker));
        await history.StartRunAsync(Six.AddDays(1), Six.AddDays(1), "host:7");
        Assert.Equal("host:7", (await history.RecentAsync(1))[0].Worker);
    }

    [Fact]
    public async Task Refuses_a_database_from_a_newer_version()
    {
        using (var history = await RunHistory.OpenAsync(_dir.Path))
        {
            await using var connection = new SqliteConnection($"Data Source={history.FilePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version) VALUES (99);";
            await command.ExecuteNonQueryAsync();
        }

        var ex = await Assert.ThrowsAsync<RunHistoryException>(() => RunHistory.OpenAsync(_dir.Path));
        Assert.Contains("schema 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_from_a_daily_brief_counts_stories_sources_and_failures()
    {
        var usage = new UsageReport(3, 100, 50, 1, 0);
        var story = new Brief(Six, "local", null, [], null, new CheckReport([]), usage, []);
        var failure = new Failure("https://example.org/feed", "ingest", "timeout");

        var clean = RunOutcome.FromBrief(new DailyBrief(Six, new DateOnly(2026, 1, 6), "local", null, [story, story], usage, []));
        var partial = RunOutcome.FromBrief(new DailyBrief(Six, new DateOnly(2026, 1, 6), "local", null, [story], usage, [failure]));
        var failed = RunOutcome.FromBrief(new DailyBrief(Six, new DateOnly(2026, 1, 6), "local", null, [], usage, [failure]));

        Assert.Equal((RunStatus.Succeeded, 2, 0), (clean.Status, clean.Stories, clean.Failures));
        Assert.Equal((RunStatus.Partial, 1, 1), (partial.Status, partial.Stories, partial.Failures));
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("\"modelCalls\":3", clean.UsageJson, StringComparison.Ordinal);
        Assert.Contains("\"stage\":\"ingest\"", partial.FailuresJson, StringComparison.Ordinal);
    }
}
