using System.Text.Json;
using Npgsql;
using Summarizer.Documents;

namespace Summarizer.Scheduling.History;

/// <summary>
/// What earlier briefs of one brief said, for <see cref="PreviousBrief"/>: the day folders under the output on one
/// machine, or the shared store, so a worker whose disk never saw yesterday's brief still tells new stories from old.
/// </summary>
internal interface IBriefIndex
{
    /// <summary><paramref name="today"/> compared with the latest earlier brief, unchanged when there is none.</summary>
    Task<DailyBrief> AnnotateAsync(DailyBrief today, CancellationToken cancellationToken);

    /// <summary>Remembers the sources of a brief just written, for the days after it.</summary>
    Task RecordAsync(DailyBrief written, CancellationToken cancellationToken);
}

/// <summary>The day folders' own <c>brief.json</c> files are the index (the single-machine behaviour).</summary>
internal sealed class FolderBriefIndex(string outputFolder) : IBriefIndex
{
    public Task<DailyBrief> AnnotateAsync(DailyBrief today, CancellationToken cancellationToken) =>
        Task.FromResult(PreviousBrief.Annotate(today, outputFolder));

    public Task RecordAsync(DailyBrief written, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// The sources of each day's brief in the shared store (<c>summarizer_brief_sources</c>). A brief with no day recorded
/// there yet (a store from before this index) is compared with the day folders, as on one machine. Days more than
/// <see cref="Kept"/> before the latest recorded are dropped when a brief is recorded: only the latest is ever read.
/// </summary>
internal sealed class PostgresBriefIndex(NpgsqlDataSource dataSource, string brief, string outputFolder) : IBriefIndex
{
    /// <summary>How many days of sources are kept behind the latest (so a rerun of a recent day still finds its own previous).</summary>
    public const int Kept = 30;

    public async Task<DailyBrief> AnnotateAsync(DailyBrief today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(today);
        await using var command = dataSource.CreateCommand(
            "SELECT day, sources_json FROM summarizer_brief_sources WHERE brief = $1 AND day < $2 ORDER BY day DESC LIMIT 1");
        command.Parameters.Add(new NpgsqlParameter { Value = brief });
        command.Parameters.Add(new NpgsqlParameter { Value = today.Date });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return PreviousBrief.Annotate(today, outputFolder);
        }

        var day = reader.GetFieldValue<DateOnly>(0);
        var sources = JsonSerializer.Deserialize<List<string>>(reader.GetString(1)) ?? [];
        return PreviousBrief.Annotate(today, day, sources.ToHashSet(StringComparer.Ordinal));
    }

    public async Task RecordAsync(DailyBrief written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(written);
        await using var batch = dataSource.CreateBatch();
        var record = new NpgsqlBatchCommand("""
            INSERT INTO summarizer_brief_sources (brief, day, sources_json) VALUES ($1, $2, $3)
            ON CONFLICT (brief, day) DO UPDATE SET sources_json = excluded.sources_json
            """);
        record.Parameters.Add(new NpgsqlParameter { Value = brief });
        record.Parameters.Add(new NpgsqlParameter { Value = written.Date });
        record.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(PreviousBrief.SourceKeys(written)) });
        var prune = new NpgsqlBatchCommand(
            "DELETE FROM summarizer_brief_sources WHERE brief = $1 AND day < (SELECT MAX(day) FROM summarizer_brief_sources WHERE brief = $1) - $2");
        prune.Parameters.Add(new NpgsqlParameter { Value = brief });
        prune.Parameters.Add(new NpgsqlParameter { Value = Kept });
        batch.BatchCommands.Add(record);
        batch.BatchCommands.Add(prune);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
