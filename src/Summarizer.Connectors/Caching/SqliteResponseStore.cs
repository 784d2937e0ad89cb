using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NeoSmart.Caching.Sqlite;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// The default reply store: an SQLite <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>
/// (NeoSmart.Caching.Sqlite; WAL journal, each reply committed as it arrives, so a killed run keeps what it paid for).
/// </summary>
internal static class SqliteResponseStore
{
    /// <summary>Bump when the stored shape or the key recipe changes; the old file is then simply not read.</summary>
    public const int FormatVersion = 2;

    public static string FileName => $"responses-v{FormatVersion}.db";

    // Every SQLite database file starts with these 16 bytes.
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Opens the store, or returns null (with a warning) when the file cannot be used: the run goes on uncached.</summary>
    public static SqliteCache? TryOpen(string directory, ILoggerFactory loggerFactory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var log = loggerFactory.CreateLogger(typeof(SqliteResponseStore));
        try
        {
            SetAsideIfNotADatabase(path, log);
            return new SqliteCache(
                new SqliteCacheOptions
                {
                    CachePath = path,
                    // Replies are stored without expiry, so there is nothing to evict in the background.
                    CleanupInterval = null,
                },
                loggerFactory.CreateLogger<SqliteCache>());
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            log.LogWarning(
                "Response cache {CacheFile} cannot be used, so this run calls the model for every reply: {Error}", path, ex.Message);
            return null;
        }
    }

    // The library deletes a file it cannot read and starts afresh, but whether that fresh start works in the same run
    // depends on whether a pooled connection still holds the deleted file. A file that is not SQLite at all is moved
    // aside here instead, before any connection opens it: the user keeps it, is told, and the new cache always works.
    private static void SetAsideIfNotADatabase(string path, ILogger log)
    {
        var file = new FileInfo(path);
        if (!file.Exists || StartsWithSqliteHeader(file))
        {
            return;
        }

        if (file.Length == 0)
        {
            // A crash between creating the file and its first write: nothing to keep, nothing to tell.
            file.Delete();
            return;
        }

        var aside = path + ".unreadable";
        File.Move(path, aside, overwrite: true);
        log.LogWarning(
            "Response cache {CacheFile} is not an SQLite database: it is kept as {SetAsideFile} and a new, empty cache is started",
            path,
            aside);
    }

    private static bool StartsWithSqliteHeader(FileInfo file)
    {
        Span<byte> head = stackalloc byte[16];
        using var stream = file.OpenRead();
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(SqliteHeader);
    }
}
