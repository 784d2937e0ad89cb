using Npgsql;

namespace Summarizer.Cli.Tests.Support;

/// <summary>A row of the shared store's run history, as the cluster tests read it.</summary>
internal sealed record SharedRun(long Id, string Brief, DateTime ScheduledFor, DateTime StartedAt, string Status, string Worker);

/// <summary>Reads the run history of a shared PostgreSQL store straight from its table (not through the code under test).</summary>
internal static class SharedRuns
{
    /// <summary>The runs matching <paramref name="where"/> (SQL over <c>summarizer_runs</c>), oldest first.</summary>
    public static async Task<List<SharedRun>> ReadAsync(string store, string where = "TRUE")
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id, brief, scheduled_for, started_at, status, worker FROM summarizer_runs WHERE {where} ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<SharedRun>();
        while (await reader.ReadAsync())
        {
            runs.Add(new SharedRun(reader.GetInt64(0), reader.GetString(1), reader.GetDateTime(2), reader.GetDateTime(3), reader.GetString(4), reader.GetString(5)));
        }

        return runs;
    }
}
