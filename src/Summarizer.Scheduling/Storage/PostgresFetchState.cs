using Npgsql;
using Summarizer.Documents;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;

namespace Summarizer.Scheduling.Storage;

/// <summary>
/// One brief's fetch state in the shared store, so a worker that did not fetch yesterday still sends conditional
/// requests: the validators each URL last answered with (<c>summarizer_fetch_state</c>) and the copies of the feeds
/// read from on a 304 (<c>summarizer_feed_copies</c>). Kept per brief, as the files under one output folder are, so
/// a brief's validators always belong to its own copies.
/// </summary>
/// <remarks>Entries and copies unused for the reader's retention are dropped when a run prunes its copies.</remarks>
internal sealed class PostgresFetchState(NpgsqlDataSource dataSource, string brief, TimeProvider timeProvider) : IFetchStateStore, IFeedCopyStore
{
    public async Task<FetchState?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var command = dataSource.CreateCommand("SELECT etag, last_modified FROM summarizer_fetch_state WHERE brief = $1 AND url = $2");
        Add(command, brief, url.AbsoluteUri);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FetchState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public async Task SetAsync(Uri url, FetchState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(state);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO summarizer_fetch_state (brief, url, etag, last_modified, last_used) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (brief, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_used = excluded.last_used
            """);
        Add(command, brief, url.AbsoluteUri, (object?)state.ETag ?? DBNull.Value, (object?)state.LastModified ?? DBNull.Value, timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task<byte[]?> IFeedCopyStore.GetAsync(Uri feed, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT body FROM summarizer_feed_copies WHERE brief = $1 AND feed = $2");
        Add(command, brief, FeedKey(feed));
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task PutAsync(Uri feed, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO summarizer_feed_copies (brief, feed, body, last_used) VALUES ($1, $2, $3, $4)
            ON CONFLICT (brief, feed) DO UPDATE SET body = excluded.body, last_used = excluded.last_used
            """);
        Add(command, brief, FeedKey(feed), body, timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkUsedAsync(Uri feed, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE summarizer_feed_copies SET last_used = $3 WHERE brief = $1 AND feed = $2");
        Add(command, brief, FeedKey(feed), timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Drops this brief's copies and validators last used before <paramref name="cutoff"/>.</summary>
    public async Task PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var table in (string[])["summarizer_feed_copies", "summarizer_fetch_state"])
        {
            var command = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE brief = $1 AND last_used < $2");
            command.Parameters.Add(new NpgsqlParameter { Value = brief });
            command.Parameters.Add(new NpgsqlParameter { Value = cutoff.ToUniversalTime() });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    // The same feed under a changed tracking query or default port is one copy, as in the folder store.
    private static string FeedKey(Uri feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return UrlNormalizer.Canonical(feed);
    }

    private static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
