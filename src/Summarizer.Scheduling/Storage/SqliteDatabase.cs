using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Summarizer.Scheduling.Storage;

/// <summary>
/// One small SQLite file of the daily job's state (<c>OUTPUT/.summarizer/*.db</c>): pooled connections with a
/// busy timeout, WAL so readers never block the writer, and numbered schema migrations.
/// </summary>
/// <remarks>
/// Each call opens a pooled connection, so an owner is safe to share between threads. Times are stored as
/// UTC ISO 8601 text, which sorts chronologically.
/// </remarks>
internal sealed class SqliteDatabase : IDisposable
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>
    /// Brings the schema up to <c>migrations.Count</c>: migration k (0-based) creates version k+1.
    /// A file written by a newer version is refused with <paramref name="newer"/>'s exception.
    /// </summary>
    public async Task MigrateAsync(IReadOnlyList<string> migrations, Func<int, Exception> newer, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            // Persistent for the file: set once, every later connection uses it.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
            SELECT MAX(version) FROM schema_version;
            """;
        var found = await command.ExecuteScalarAsync(cancellationToken) is long v ? (int)v : 0;
        if (found > migrations.Count)
        {
            throw newer(found);
        }

        for (var version = found + 1; version <= migrations.Count; version++)
        {
            command.CommandText = migrations[version - 1] + $"\nINSERT INTO schema_version (version) VALUES ({version});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public static string Text(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
