using System.Data.Common;
using Npgsql;

namespace Summarizer.Scheduling.Storage;

/// <summary>
/// The shared PostgreSQL database of several workers: the run history (<c>summarizer_runs</c>), the summary memory
/// (<c>summarizer_summaries</c>), the model reply cache (<c>summarizer_replies</c>), the stories of runs fanned out
/// over the workers (<c>summarizer_stories</c>), the model's per-minute limits (<c>summarizer_rate_buckets</c>), the
/// fetch state of each brief (<c>summarizer_fetch_state</c>, <c>summarizer_feed_copies</c>), the sources of each
/// brief written (<c>summarizer_brief_sources</c>, what the next day's brief compares with) and Quartz's cluster tables
/// (<c>qrtz_*</c>), created on first start and versioned in <c>summarizer_schema</c>.
/// </summary>
/// <remarks>
/// Workers starting together migrate one at a time (a transaction-scoped advisory lock), so none sees a half
/// made schema. A database migrated by a newer version is refused rather than written in a shape it does not know.
/// </remarks>
internal sealed class PostgresStore : IAsyncDisposable
{
    /// <summary>The schema this version writes; a database with a higher one is refused.</summary>
    public const int SchemaVersion = 5; // = Migrations.Length

    /// <summary>Quartz's tables carry this prefix.</summary>
    public const string QuartzTablePrefix = "qrtz_";

    private const long MigrationLockKey = 0x53756d6d61726931; // "Summari1": any constant of our own

    private static readonly Func<string>[] Migrations =
    [
        () => """
            CREATE TABLE summarizer_runs (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                brief TEXT NOT NULL,
                scheduled_for TIMESTAMPTZ NOT NULL,
                started_at TIMESTAMPTZ NOT NULL,
                ended_at TIMESTAMPTZ,
                status TEXT NOT NULL,
                worker TEXT,
                sources INTEGER, stories INTEGER, failures INTEGER,
                usage_json TEXT, failures_json TEXT, message TEXT);
            CREATE INDEX summarizer_runs_by_status ON summarizer_runs (brief, status, scheduled_for);
            """,
        QuartzSchema,
        () => """
            CREATE TABLE summarizer_summaries (
                engine TEXT NOT NULL,
                key TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                summary_json TEXT NOT NULL,
                first_seen TIMESTAMPTZ NOT NULL,
                last_used TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (engine, key));
            CREATE INDEX summarizer_summaries_by_use ON summarizer_summaries (last_used);
            CREATE TABLE summarizer_replies (
                key TEXT PRIMARY KEY,
                value BYTEA NOT NULL,
                expires_at TIMESTAMPTZ,
                absolute_expiry TIMESTAMPTZ,
                sliding_expiry INTERVAL);
            """,
        () => """
            CREATE TABLE summarizer_stories (
                run_key TEXT NOT NULL,
                story INTEGER NOT NULL,
                brief TEXT NOT NULL,
                input_hash TEXT NOT NULL,
                articles_json TEXT NOT NULL,
                outcome_json TEXT,
                worker TEXT,
                created_at TIMESTAMPTZ NOT NULL,
                ended_at TIMESTAMPTZ,
                PRIMARY KEY (run_key, story));
            ALTER TABLE summarizer_runs ADD COLUMN story_workers TEXT;
            CREATE TABLE summarizer_rate_buckets (
                name TEXT PRIMARY KEY,
                tokens DOUBLE PRECISION NOT NULL,
                refilled_at TIMESTAMPTZ NOT NULL);
            """,
        () => """
            CREATE TABLE summarizer_fetch_state (
                brief TEXT NOT NULL,
                url TEXT NOT NULL,
                etag TEXT,
                last_modified TEXT,
                last_used TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (brief, url));
            CREATE INDEX summarizer_fetch_state_by_use ON summarizer_fetch_state (brief, last_used);
            CREATE TABLE summarizer_feed_copies (
                brief TEXT NOT NULL,
                feed TEXT NOT NULL,
                body BYTEA NOT NULL,
                last_used TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (brief, feed));
            CREATE TABLE summarizer_brief_sources (
                brief TEXT NOT NULL,
                day DATE NOT NULL,
                sources_json TEXT NOT NULL,
                PRIMARY KEY (brief, day));
            CREATE INDEX summarizer_stories_by_age ON summarizer_stories (brief, created_at);
            """,
    ];

    private PostgresStore(NpgsqlDataSource dataSource, StoreSetting setting)
    {
        DataSource = dataSource;
        Setting = setting;
    }

    public NpgsqlDataSource DataSource { get; }

    public StoreSetting Setting { get; }

    /// <summary>Connects and brings the schema up to <see cref="SchemaVersion"/>.</summary>
    public static async Task<PostgresStore> OpenAsync(StoreSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var connectionString = setting.ConnectionString ?? throw new ArgumentException("not a PostgreSQL store", nameof(setting));
#pragma warning disable CA2000 // disposed in the finally unless handed to the store
        var dataSource = NpgsqlDataSource.Create(connectionString);
#pragma warning restore CA2000
        try
        {
            await MigrateAsync(dataSource, setting, cancellationToken);
            var store = new PostgresStore(dataSource, setting);
            dataSource = null;
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or DbException)
        {
            throw new StoreException($"{setting}: cannot use the store: {ex.Message}", ex);
        }
        finally
        {
            if (dataSource is not null)
            {
                await dataSource.DisposeAsync();
            }
        }
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private static async Task MigrateAsync(NpgsqlDataSource dataSource, StoreSetting setting, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT pg_advisory_xact_lock({MigrationLockKey});
            CREATE TABLE IF NOT EXISTS summarizer_schema (version INTEGER NOT NULL);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM summarizer_schema;";
        var found = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (found > Migrations.Length)
        {
            throw new StoreException($"{setting}: written by a newer version (schema {found}, this one reads up to {SchemaVersion}); upgrade this worker");
        }

        for (var version = found + 1; version <= Migrations.Length; version++)
        {
            command.CommandText = Migrations[version - 1]() + $"\nINSERT INTO summarizer_schema (version) VALUES ({version});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // Quartz ships its PostgreSQL schema as a resource ('{0}' the table prefix, '{1}' the same without a schema
    // qualifier); every statement creates only what is missing. Run here, under our migration lock, rather than by
    // each scheduler at start, so workers starting together do not race to create the same tables.
    private static string QuartzSchema()
    {
        const string name = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz no longer ships {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("{0}", QuartzTablePrefix, StringComparison.Ordinal).Replace("{1}", QuartzTablePrefix, StringComparison.Ordinal);
    }
}
