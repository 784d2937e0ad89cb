using Microsoft.Extensions.Logging;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Upkeep of the feed cache folder: a copy's file time is the last time its feed was fetched or confirmed
/// unchanged, on the reader's clock, so copies of feeds no longer read can be found and deleted.
/// </summary>
internal static class FeedCopies
{
    public static void MarkUsed(string copy, TimeProvider time) => File.SetLastWriteTimeUtc(copy, time.GetUtcNow().UtcDateTime);

    /// <summary>Deletes copies (and temporary files a crash left behind) last used before <paramref name="cutoff"/>.</summary>
    public static void Prune(string directory, DateTimeOffset cutoff, ILogger logger)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var stale = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".feed", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal))
            .Where(f => File.GetLastWriteTimeUtc(f) < cutoff.UtcDateTime)
            .Order(StringComparer.Ordinal)
            .ToList();
        var deleted = 0;
        foreach (var file in stale)
        {
            try
            {
                File.Delete(file);
                deleted++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Upkeep only: a copy that cannot be deleted now is tried again after the next run.
                logger.LogWarning("Could not delete the stale feed copy {File}: {Error}", file, ex.Message);
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} feed cop(ies) unused since before {Cutoff:o}", deleted, cutoff);
        }
    }
}
