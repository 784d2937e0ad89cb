using Npgsql;
using Summarizer.Scheduling.Locking;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Storage;

[Collection(SharedPostgres.Name)]
public sealed class PostgresStoreTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task First_start_creates_the_schema_with_its_version_and_the_quartz_tables()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        await using (await PostgresStore.OpenAsync(StoreSetting.Parse(connectionString), default))
        {
        }

        Assert.Equal(PostgresStore.SchemaVersion, await ScalarAsync<int>(connectionString, "SELECT MAX(version) FROM summarizer_schema"));
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT COUNT(*) FROM summarizer_runs"));
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT COUNT(*) FROM qrtz_triggers"));
    }

    [PostgresFact]
    public async Task Workers_starting_together_migrate_once()
    {
        var setting = StoreSetting.Parse(await postgres.CreateDatabaseAsync());

        var stores = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostgresStore.OpenAsync(setting, default)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal((long)PostgresStore.SchemaVersion, await ScalarAsync<long>(setting.ConnectionString!, "SELECT COUNT(*) FROM summarizer_schema"));
    }

    [PostgresFact]
    public async Task A_database_from_a_newer_version_is_refused_with_the_versions_named()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (await PostgresStore.OpenAsync(StoreSetting.Parse(connectionString), default))
        {
        }

        await ScalarAsync<int>(connectionString, "INSERT INTO summarizer_schema (version) VALUES (99) RETURNING version");

        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresStore.OpenAsync(StoreSetting.Parse(connectionString), default));
        Assert.Contains("newer version (schema 99, this one reads up to " + PostgresStore.SchemaVersion + ")", ex.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_database_of_schema_4_gains_the_fetch_state_and_brief_index_tables_and_keeps_its_runs()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (await PostgresStore.OpenAsync(StoreSetting.Parse(connectionString), default))
        {
        }

        // As a version-4 worker left it: without the tables of version 5, with a run recorded.
        await ScalarAsync<int>(connectionString, """
            DROP TABLE summarizer_fetch_state, summarizer_feed_copies, summarizer_brief_sources;
            DROP INDEX summarizer_stories_by_age;
            DELETE FROM summarizer_schema WHERE version = 5;
            INSERT INTO summarizer_runs (brief, scheduled_for, started_at, status) VALUES ('/b', now(), now(), 'succeeded') RETURNING 4;
            """);

        await using (await PostgresStore.OpenAsync(StoreSetting.Parse(connectionString), default))
        {
        }

        Assert.Equal(5, await ScalarAsync<int>(connectionString, "SELECT MAX(version) FROM summarizer_schema"));
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT COUNT(*) FROM summarizer_fetch_state") + await ScalarAsync<long>(connectionString, "SELECT COUNT(*) FROM summarizer_feed_copies") + await ScalarAsync<long>(connectionString, "SELECT COUNT(*) FROM summarizer_brief_sources"));
        Assert.Equal(1L, await ScalarAsync<long>(connectionString, "SELECT COUNT(*) FROM summarizer_runs"));
    }

    [PostgresFact]
    public async Task The_run_lock_has_one_holder_at_a_time_and_is_free_again_once_released()
    {
        await using var store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), default);

        var first = await AdvisoryRunLock.TryAcquireAsync(store.DataSource, "/briefs/world", default);
        Assert.NotNull(first);
        Assert.Null(await AdvisoryRunLock.TryAcquireAsync(store.DataSource, "/briefs/world", default));
        await using (var other = await AdvisoryRunLock.TryAcquireAsync(store.DataSource, "/briefs/tech", default))
        {
            Assert.NotNull(other); // another brief has a lock of its own
        }

        await first.DisposeAsync();
        await using var again = await AdvisoryRunLock.TryAcquireAsync(store.DataSource, "/briefs/world", default);
        Assert.NotNull(again);
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
