using System.Data.Common;
using Microsoft.Extensions.Caching.Distributed;
using Npgsql;

namespace Summarizer.Scheduling.Storage;

/// <summary>
/// The model reply cache of workers sharing a PostgreSQL store (<c>summarizer_replies</c>), as an
/// <see cref="IDistributedCache"/> for the connector's response cache: a reply one worker paid for is served to every
/// other, so a rerun of a day on another worker makes no model calls. Absolute and sliding expiry are honoured (the
/// connector stores replies without either). A database failure surfaces as an <see cref="IOException"/>, which the
/// response cache treats as a store failure: the reply is fetched from the model, the run goes on.
/// </summary>
internal sealed class PostgresReplyCache(NpgsqlDataSource dataSource, TimeProvider timeProvider) : IDistributedCache
{
    // An entry is live while its expiry is unset or ahead; reading a live entry with a sliding expiry moves it on,
    // never past its absolute expiry.
    private const string Live = "key = $1 AND (expires_at IS NULL OR expires_at > $2)";
    private const string Read = "SELECT value FROM summarizer_replies WHERE " + Live;
    private const string Slide = "UPDATE summarizer_replies SET expires_at = LEAST(absolute_expiry, $2 + sliding_expiry) WHERE " + Live + " AND sliding_expiry IS NOT NULL";
    private const string Delete = "DELETE FROM summarizer_replies WHERE key = $1";

    public byte[]? Get(string key) => Guard(() =>
    {
        using var command = Batch(key, [Read, Slide]);
        return command.ExecuteScalar() as byte[];
    });

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => GuardAsync(async () =>
    {
        await using var command = Batch(key, [Read, Slide]);
        return await command.ExecuteScalarAsync(token) as byte[];
    });

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(() =>
    {
        using var command = Upsert(key, value, options);
        return command.ExecuteNonQuery();
    });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => GuardAsync(async () =>
    {
        await using var command = Upsert(key, value, options);
        return await command.ExecuteNonQueryAsync(token);
    });

    public void Refresh(string key) => Guard(() =>
    {
        using var command = Batch(key, [Slide]);
        return command.ExecuteNonQuery();
    });

    public Task RefreshAsync(string key, CancellationToken token = default) => GuardAsync(async () =>
    {
        await using var command = Batch(key, [Slide]);
        return await command.ExecuteNonQueryAsync(token);
    });

    public void Remove(string key) => Guard(() =>
    {
        using var command = Batch(key, [Delete], withNow: false);
        return command.ExecuteNonQuery();
    });

    public Task RemoveAsync(string key, CancellationToken token = default) => GuardAsync(async () =>
    {
        await using var command = Batch(key, [Delete], withNow: false);
        return await command.ExecuteNonQueryAsync(token);
    });

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is NpgsqlException or DbException)
        {
            throw Failure(ex);
        }
    }

    private static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is NpgsqlException or DbException)
        {
            throw Failure(ex);
        }
    }

    // The message names the failure, never the connection string.
    private static IOException Failure(Exception ex) => new($"the shared store's reply cache failed: {ex.Message}", ex);

    // The statements run in one round trip, each with the key as $1 and (unless told otherwise) the time now as $2.
    private NpgsqlBatch Batch(string key, string[] statements, bool withNow = true)
    {
        ArgumentNullException.ThrowIfNull(key);
        var batch = dataSource.CreateBatch();
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            if (withNow)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow() });
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    private NpgsqlBatch Upsert(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = timeProvider.GetUtcNow();
        var absolute = options.AbsoluteExpiration ?? (now + options.AbsoluteExpirationRelativeToNow);
        var sliding = options.SlidingExpiration;
        DateTimeOffset? expires = sliding is { } slide ? Earliest(absolute, now + slide) : absolute;
        var batch = dataSource.CreateBatch();
        var command = new NpgsqlBatchCommand(
            """
            INSERT INTO summarizer_replies (key, value, expires_at, absolute_expiry, sliding_expiry) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at,
                absolute_expiry = excluded.absolute_expiry, sliding_expiry = excluded.sliding_expiry
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expires ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)absolute ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)sliding ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Interval });
        batch.BatchCommands.Add(command);
        return batch;
    }

    private static DateTimeOffset Earliest(DateTimeOffset? absolute, DateTimeOffset sliding) =>
        absolute is { } a && a < sliding ? a : sliding;
}
