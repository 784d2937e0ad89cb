using Npgsql;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Storage;

/// <summary>
/// One open store per connection string for the whole process: every run and story of a worker uses the same data
/// source, and the schema is checked once, not for each of them; an open that failed is tried again.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class StoreConnectionsTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task The_same_store_is_opened_and_checked_once_per_process()
    {
        var setting = StoreSetting.Parse(await postgres.CreateDatabaseAsync());
        var other = StoreSetting.Parse(await postgres.CreateDatabaseAsync());
        await using var connections = new StoreConnections();

        var first = await connections.OpenAsync(setting, CancellationToken.None);
        await ExecuteAsync(setting, "INSERT INTO summarizer_schema (version) VALUES (99)"); // a check now would refuse it
        var again = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => connections.OpenAsync(setting, CancellationToken.None)));
        var elsewhere = await connections.OpenAsync(other, CancellationToken.None);

        Assert.All(again, store => Assert.Same(first.DataSource, store.DataSource));
        Assert.NotSame(first.DataSource, elsewhere.DataSource);
        await using var fresh = new StoreConnections(); // another process checks, and refuses
        await Assert.ThrowsAsync<StoreException>(() => fresh.OpenAsync(setting, CancellationToken.None));
    }

    [PostgresFact]
    public async Task An_open_that_failed_is_not_kept()
    {
        var setting = StoreSetting.Parse(await postgres.CreateDatabaseAsync());
        await ExecuteAsync(setting, "CREATE TABLE summarizer_schema (version INTEGER NOT NULL); INSERT INTO summarizer_schema (version) VALUES (99)");
        await using var connections = new StoreConnections();

        await Assert.ThrowsAsync<StoreException>(() => connections.OpenAsync(setting, CancellationToken.None));
        await ExecuteAsync(setting, "DELETE FROM summarizer_schema");
        var store = await connections.OpenAsync(setting, CancellationToken.None);

        Assert.NotNull(store.DataSource);
    }

    private static async Task ExecuteAsync(StoreSetting setting, string sql)
    {
        await using var connection = new NpgsqlConnection(setting.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
