using Microsoft.Data.Sqlite;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.History;

/// <summary>
/// Past runs of the daily job, in SQLite at <c>OUTPUT/.summarizer/history.db</c>.
/// </summary>
/// <remarks>Safe to share between threads (see <see cref="SqliteDatabase"/>).</remarks>
public sealed class RunHistory : IDisposable, IRunHistory
{
    /// <summary>The schema this version writes; a database with a higher one is refused.</summary>
    public const int SchemaVersion = 2; // = Migrations.Length

    private const string Columns =
        "id, scheduled_for, started_at, ended_at, status, sources, stories, failures, usage_json, failures_json, message, worker";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            scheduled_for TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL,
            sources INTEGER, stories INTEGER, failures INTEGER,
            usage_json TEXT, failures_json TEXT, message TEXT);
        CREATE INDEX runs_by_status ON runs (status, scheduled_for);
        """,
        "ALTER TABLE runs ADD COLUMN worker TEXT;", // which process ran it (host:pid, or SUMMARIZER_WORKER)
    ];

    private readonly SqliteDatabase _database;

    private RunHistory(string path) => _database = new SqliteDatabase(path);

    public string FilePath => _database.FilePath;

    /// <summary>The history file for runs writing into <paramref name="outputFolder"/>.</summary>
    public static string PathFor(string outputFolder) => Path.Combine(outputFolder, ".summarizer", "history.db");

    /// <summary>Opens (creating when needed) the history of <paramref name="outputFolder"/>.</summary>
    public static async Task<RunHistory> OpenAsync(string outputFolder, CancellationToken cancellationToken = default)
    {
        var path = PathFor(Path.GetFullPath(outputFolder));
        var history = new RunHistory(path);
        try
        {
            await history._database.MigrateAsync(
                Migrations,
                found => new RunHistoryException($"{path}: written by a newer version (schema {found}, this one reads up to {SchemaVersion})"),
                cancellationToken);
        }
        catch (SqliteException ex)
        {
            history.Dispose();
            throw new RunHistoryException($"{path}: cannot open the run history: {ex.Message}", ex);
        }

        return history;
    }

    /// <summary>Records that the run for <paramref name="scheduledFor"/> started; returns its id.</summary>
    internal Task<long> StartRunAsync(DateTimeOffset scheduledFor, DateTimeOffset startedAt, CancellationToken cancellationToken = default) =>
        StartRunAsync(scheduledFor, startedAt, null, cancellationToken);

    /// <summary>Records that the run for <paramref name="scheduledFor"/> started on <paramref name="worker"/>; returns its id.</summary>
    internal async Task<long> StartRunAsync(DateTimeOffset scheduledFor, DateTimeOffset startedAt, string? worker, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (scheduled_for, started_at, status, worker) VALUES ($scheduled, $started, 'running', $worker);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$worker", (object?)worker ?? DBNull.Value);
        command.Parameters.AddWithValue("$scheduled", Text(scheduledFor));
        command.Parameters.AddWithValue("$started", Text(startedAt));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Records how run <paramref name="runId"/> ended.</summary>
    internal async Task FinishRunAsync(long runId, DateTimeOffset endedAt, RunOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE runs SET ended_at = $ended, status = $status, sources = $sources, stories = $stories,
                failures = $failures, usage_json = $usage, failures_json = $failuresJson, message = $message
            WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", runId);
        command.Parameters.AddWithValue("$ended", Text(endedAt));
        RunRecordRows.AddOutcome(command, "$", outcome);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ArgumentException($"no run with id {runId} in {FilePath}", nameof(runId));
        }
    }

    /// <summary>Records a run that did not happen (another process held the lock).</summary>
    internal Task<long> RecordSkippedAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string reason, CancellationToken cancellationToken = default) =>
        RecordSkippedAsync(scheduledFor, at, reason, null, cancellationToken);

    /// <summary>Records a run that did not happen on <paramref name="worker"/> (another process held the lock).</summary>
    internal async Task<long> RecordSkippedAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string reason, string? worker, CancellationToken cancellationToken = default)
    {
        var id = await StartRunAsync(scheduledFor, at, worker, cancellationToken);
        await FinishRunAsync(id, at, new RunOutcome(RunStatus.Skipped, Message: reason), cancellationToken);
        return id;
    }

    /// <summary>
    /// Marks runs still 'running' as failed. Call it only while holding the run lock: then no live process
    /// is running them, so they belong to a process that died mid-run.
    /// </summary>
    internal async Task<int> AbandonRunningAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE runs SET status = 'failed', ended_at = $at, message = 'abandoned: the process stopped during the run'
            WHERE status = 'running';
            """;
        command.Parameters.AddWithValue("$at", Text(at));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The scheduled time of the latest run that wrote a brief (succeeded or partial), or null.
    /// A failed run does not count, so it is caught up at the next start.
    /// </summary>
    internal async Task<DateTimeOffset?> LastSuccessfulScheduledTimeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(scheduled_for) FROM runs WHERE status IN ('succeeded', 'partial');";
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? Parse(text) : null;
    }

    /// <summary>The latest <paramref name="count"/> runs, newest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM runs ORDER BY id DESC LIMIT $count;";
        command.Parameters.AddWithValue("$count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await RunRecordRows.ReadAllAsync(reader, (r, i) => Parse(r.GetString(i)), cancellationToken);
    }

    public void Dispose() => _database.Dispose();

    Task<long> IRunHistory.StartRunAsync(DateTimeOffset scheduledFor, DateTimeOffset startedAt, string? worker, CancellationToken cancellationToken) =>
        StartRunAsync(scheduledFor, startedAt, worker, cancellationToken);

    Task<long> IRunHistory.RecordSkippedAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string reason, string? worker, CancellationToken cancellationToken) =>
        RecordSkippedAsync(scheduledFor, at, reason, worker, cancellationToken);

    Task<int> IRunHistory.AbandonRunningAsync(DateTimeOffset at, CancellationToken cancellationToken) => AbandonRunningAsync(at, cancellationToken);

    Task<DateTimeOffset?> IRunHistory.LastSuccessfulScheduledTimeAsync(CancellationToken cancellationToken) => LastSuccessfulScheduledTimeAsync(cancellationToken);

    Task IRunHistory.FinishRunAsync(long runId, DateTimeOffset endedAt, RunOutcome outcome, CancellationToken cancellationToken) =>
        FinishRunAsync(runId, endedAt, outcome, cancellationToken);

    private Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);

    private static string Text(DateTimeOffset value) => SqliteDatabase.Text(value);

    private static DateTimeOffset Parse(string text) => SqliteDatabase.ParseTime(text);
}
