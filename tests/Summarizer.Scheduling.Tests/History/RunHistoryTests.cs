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
    public async Task Round_trips_a_finished_run()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        var id = await history.StartRunAsync(Six, Six.AddSeconds(2));
        await history.FinishRunAsync(id, Six.AddMinutes(3), new RunOutcome(
            RunStatus.Partial, Sources: 12, Stories: 4, Failures: 1,
            UsageJson: """{"modelCalls":3}""", FailuresJson: """[{"source":"a"}]""", Message: "one feed down"));

        var run = Assert.Single(await history.RecentAsync(10));
        Assert.Equal(
            new RunRecord(id, Six, Six.AddSeconds(2), Six.AddMinutes(3), RunStatus.Partial, 12, 4, 1,
                """{"modelCalls":3}""", """[{"source":"a"}]""", "one feed down"),
            run);
    }

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
    public async Task Last_successful_time_ignores_failed_skipped_and_running_runs()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        Assert.Null(await history.LastSuccessfulScheduledTimeAsync());

        await history.FinishRunAsync(await history.StartRunAsync(Six, Six), Six, new RunOutcome(RunStatus.Succeeded));
        await history.FinishRunAsync(await history.StartRunAsync(Six.AddDays(1), Six), Six, new RunOutcome(RunStatus.Partial));
        await history.FinishRunAsync(await history.StartRunAsync(Six.AddDays(2), Six), Six, RunOutcome.Failed("boom"));
        await history.RecordSkippedAsync(Six.AddDays(3), Six, "locked");
        await history.StartRunAsync(Six.AddDays(4), Six);

        Assert.Equal(Six.AddDays(1), await history.LastSuccessfulScheduledTimeAsync());
    }

    [Fact]
    public async Task Recent_lists_newest_first_and_honours_the_count()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        for (var day = 0; day < 5; day++)
        {
            await history.RecordSkippedAsync(Six.AddDays(day), Six.AddDays(day), "locked");
        }

        var recent = await history.RecentAsync(3);
        Assert.Equal([Six.AddDays(4), Six.AddDays(3), Six.AddDays(2)], recent.Select(r => r.ScheduledFor));
        Assert.All(recent, r => Assert.Equal(RunStatus.Skipped, r.Status));
        Assert.All(recent, r => Assert.Equal("locked", r.Message));
    }

    [Fact]
    public async Task Abandoned_running_rows_become_failed()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        await history.StartRunAsync(Six, Six);
        Assert.Equal(1, await history.AbandonRunningAsync(Six.AddHours(1)));

        var run = Assert.Single(await history.RecentAsync(1));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(Six.AddHours(1), run.EndedAt);
        Assert.StartsWith("abandoned", run.Message, StringComparison.Ordinal);
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
    public async Task Finishing_an_unknown_run_is_an_error()
    {
        using var history = await RunHistory.OpenAsync(_dir.Path);
        await Assert.ThrowsAsync<ArgumentException>(() => history.FinishRunAsync(42, Six, new RunOutcome(RunStatus.Succeeded)));
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
