using Npgsql;

namespace Summarizer.Scheduling.History;

/// <summary>
/// The run history of one brief in the shared PostgreSQL store (<c>summarizer_runs</c>), so every worker and
/// <c>summarizer runs</c> see the same runs. Several briefs share the table, each under its own key.
/// </summary>
internal sealed class PostgresRunHistory(NpgsqlDataSource dataSource, string brief) : IRunHistory
{
    private const string Columns =
        "id, scheduled_for, started_at, ended_at, status, sources, stories, failures, usage_json, failures_json, message, worker, story_workers";

    public async Task<long> StartRunAsync(DateTimeOffset scheduledFor, DateTimeOffset startedAt, string? worker, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO summarizer_runs (brief, scheduled_for, started_at, status, worker)
            VALUES (@brief, @scheduled, @started, 'running', @worker) RETURNING id;
            """);
        command.Parameters.AddWithValue("brief", brief);
        command.Parameters.AddWithValue("scheduled", scheduledFor.ToUniversalTime());
        command.Parameters.AddWithValue("started", startedAt.ToUniversalTime());
        command.Parameters.AddWithValue("worker", (object?)worker ?? DBNull.Value);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task FinishRunAsync(long runId, DateTimeOffset endedAt, RunOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var command = dataSource.CreateCommand("""
            UPDATE summarizer_runs SET ended_at = @ended, status = @status, sources = @sources, stories = @stories,
                failures = @failures, usage_json = @usage, failures_json = @failuresJson, message = @message,
                story_workers = @storyWorkers
            WHERE id = @id AND brief = @brief;
            """);
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("brief", brief);
        command.Parameters.AddWithValue("ended", endedAt.ToUniversalTime());
        RunRecordRows.AddOutcome(command, string.Empty, outcome);
        command.Parameters.AddWithValue("storyWorkers", (object?)outcome.StoryWorkers ?? DBNull.Value);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ArgumentException($"no run with id {runId} for {brief} in the shared store", nameof(runId));
        }
    }

    public async Task<long> RecordSkippedAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string reason, string? worker, CancellationToken cancellationToken)
    {
        var id = await StartRunAsync(scheduledFor, at, worker, cancellationToken);
        await FinishRunAsync(id, at, new RunOutcome(RunStatus.Skipped, Message: reason), cancellationToken);
        return id;
    }

    public async Task<long?> TakeOverRunningAsync(DateTimeOffset scheduledFor, DateTimeOffset at, string? worker, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE summarizer_runs SET worker = @worker, started_at = @at
            WHERE id = (SELECT MAX(id) FROM summarizer_runs WHERE brief = @brief AND status = 'running' AND scheduled_for = @scheduled)
            RETURNING id;
            """);
        command.Parameters.AddWithValue("brief", brief);
        command.Parameters.AddWithValue("scheduled", scheduledFor.ToUniversalTime());
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("worker", (object?)worker ?? DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    public async Task<int> AbandonRunningAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE summarizer_runs SET status = 'failed', ended_at = @at, message = 'abandoned: the process stopped during the run'
            WHERE brief = @brief AND status = 'running';
            """);
        command.Parameters.AddWithValue("brief", brief);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> LastSuccessfulScheduledTimeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT MAX(scheduled_for) FROM summarizer_runs WHERE brief = @brief AND status IN ('succeeded', 'partial');");
        command.Parameters.AddWithValue("brief", brief);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;
    }

    public async Task<IReadOnlyList<RunRecord>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM summarizer_runs WHERE brief = @brief ORDER BY id DESC LIMIT @count;");
        command.Parameters.AddWithValue("brief", brief);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await RunRecordRows.ReadAllAsync(reader, (r, i) => Time(r.GetDateTime(i)), cancellationToken);
    }

    // timestamptz comes back as a UTC DateTime.
    private static DateTimeOffset Time(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
