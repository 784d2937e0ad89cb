using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// Model replies on disk, in one SQLite file per format version under the cache directory.
/// Safe under concurrent runs: WAL journal (readers never block the writer), a busy timeout so a second
/// process waits for the lock instead of failing, and idempotent <c>INSERT OR REPLACE</c> writes.
/// Each reply is committed as soon as it arrives, so a run killed half-way keeps what it paid for.
/// </summary>
internal sealed class SqliteResponseCache
{
    /// <summary>Bump when the stored shape or the key recipe changes; old files are then simply not read.</summary>
    public const int FormatVersion = 1;

    private const int BusyTimeoutMs = 30_000;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<Task> _initialized;

    public SqliteResponseCache(string directory, TimeProvider timeProvider)
    {
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"responses-v{FormatVersion}.db"));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
        _timeProvider = timeProvider;
        _initialized = new Lazy<Task>(InitializeAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    public async Task<string?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT response FROM responses WHERE key = $key AND format = $format";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$format", FormatVersion);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetAsync(string key, string response, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO responses (key, format, created_at, response)
            VALUES ($key, $format, $created, $response)
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$format", FormatVersion);
        command.Parameters.AddWithValue("$created", _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$response", response);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM responses";
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _initialized.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMs};");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task InitializeAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        // WAL is a property of the file: set once, every later connection (any process) uses it.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS responses (
                key        TEXT    NOT NULL PRIMARY KEY,
                format     INTEGER NOT NULL,
                created_at TEXT    NOT NULL,
                response   TEXT    NOT NULL);
            """;
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
