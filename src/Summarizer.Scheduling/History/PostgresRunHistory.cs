using Npgsql;

namespace Summarizer.Scheduling.History;

/// <summary>
/// The run history of one brief in the shared PostgreSQL store (<c>summarizer_runs</c>), so every worker and
/// <c>summarizer runs</c> see the same runs. Several briefs share the table, each under its own key.
/// </summary>
internal sealed class PostgresRunHistory(NpgsqlDataSource dataSource, string brief) : IRunHistory
{
    private const string Columns =
        "id, scheduled_for, started_at, ended_at, status, sources, stories, failures, usage_json, failures_json, message, worker";

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
                failures = @failures, usage_json = @usage, failures_json = @failuresJson, message = @message
            WHERE id = @id AND brief = @brief;
            """);
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("brief", brief);
        command.Parameters.AddWithValue("ended", endedAt.ToUniversalTime());
        command.Parameters.AddWithValue("status", outcome.Status.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("sources", outcome.Sources);
        command.Parameters.AddWithValue("stories", outcome.Stories);
        command.Parameters.AddWithValue("failures", outcome.Failures);
        command.Parameters.AddWithValue("usage", (object?)outcome.UsageJson ?? DBNull.Value);
        command.Parameters.AddWithValue("failuresJson", (object?)outcome.FailuresJson ?? DBNull.Value);
        command.Parameters.AddWithValue("message", (object?)outcome.Message ?? DBNull.Value);
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
        var records = new List<RunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new RunRecord(
                reader.GetInt64(0),
                Time(reader.GetDateTime(1)),
                Time(reader.GetDateTime(2)),
                reader.IsDBNull(3) ? null : Time(reader.GetDateTime(3)),
                Enum.Parse<RunStatus>(reader.GetString(4), ignoreCase: true),
                reader.IsDBNull(5) ? 0 : reader.GetInt32(5),
                reader.IsDBNull(6) ? 0 : reader.GetInt32(6),
                reader.IsDBNull(7) ? 0 : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10))
            {
                Worker = reader.IsDBNull(11) ? null : reader.GetString(11),
            });
        }

        return records;
    }

    // timestamptz comes back as a UTC DateTime.
    private static DateTimeOffset Time(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
