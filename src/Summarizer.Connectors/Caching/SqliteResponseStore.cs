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

    /// <summary>Opens the store, or returns null (with a warning) when the file cannot be used: the run goes on uncached.</summary>
    public static SqliteCache? TryOpen(string directory, ILoggerFactory loggerFactory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        try
        {
            return new SqliteCache(
                new SqliteCacheOptions
                {
                    CachePath = path,
                    // Replies are stored without expiry, so there is nothing to evict in the background.
                    CleanupInterval = null,
                },
                loggerFactory.CreateLogger<SqliteCache>());
        }
        catch (SqliteException ex)
        {
            loggerFactory.CreateLogger(typeof(SqliteResponseStore)).LogWarning(
                "Response cache {CacheFile} cannot be used, so this run calls the model for every reply: {Error}", path, ex.Message);
            return null;
        }
    }
}
