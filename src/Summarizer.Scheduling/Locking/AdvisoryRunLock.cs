using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Summarizer.Scheduling.Locking;

/// <summary>
/// The run lock of a brief in the shared store: a PostgreSQL session advisory lock, held by one open
/// connection until <see cref="DisposeAsync"/>.
/// </summary>
/// <remarks>
/// Like the file lock, it cannot outlive its holder: when a worker dies its connection drops and the server
/// releases the lock. The key is a stable hash of the brief, so every worker computes the same one.
/// </remarks>
internal sealed class AdvisoryRunLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private AdvisoryRunLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Takes the lock of <paramref name="brief"/>, or returns null at once when another session holds it.</summary>
    public static async Task<AdvisoryRunLock?> TryAcquireAsync(NpgsqlDataSource dataSource, string brief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var key = KeyOf(brief);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key);", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return null;
            }

            var held = new AdvisoryRunLock(connection, key);
            connection = null;
            return held;
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    public static long KeyOf(string brief) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("summarizer-run:" + brief)), 0);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key);", _connection);
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        finally
        {
            // Closing the session releases the lock too; the unlock only hands the pooled connection back clean.
            await _connection.DisposeAsync();
        }
    }
}
