using Microsoft.Extensions.Logging;
using Summarizer.Documents;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// The copies of the feeds last fetched, kept so that a feed the server says is unchanged (304) is read from its copy:
/// files in a folder on one machine, or a table of the store that several workers share.
/// </summary>
internal interface IFeedCopyStore
{
    /// <summary>The copy of <paramref name="feed"/>'s last response, or null when none is kept.</summary>
    Task<byte[]?> GetAsync(Uri feed, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="body"/> as <paramref name="feed"/>'s copy, used now.</summary>
    Task PutAsync(Uri feed, byte[] body, CancellationToken cancellationToken);

    /// <summary>The copy was just confirmed unchanged: it counts as used now.</summary>
    Task MarkUsedAsync(Uri feed, CancellationToken cancellationToken);

    /// <summary>Drops the copies last used before <paramref name="cutoff"/> (feeds no longer read, or down that long).</summary>
    Task PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="IFeedCopyStore"/> as one file per feed in a folder (named by a hash of the canonical feed address); a
/// copy's file time is when it was last used, on the reader's clock. The copy has no header: it is read by its byte
/// order mark and XML declaration.
/// </summary>
internal sealed class FolderFeedCopyStore(string directory, TimeProvider time, ILogger logger) : IFeedCopyStore
{
    public async Task<byte[]?> GetAsync(Uri feed, CancellationToken cancellationToken)
    {
        var copy = PathOf(feed);
        return File.Exists(copy) ? await File.ReadAllBytesAsync(copy, cancellationToken) : null;
    }

    public async Task PutAsync(Uri feed, byte[] body, CancellationToken cancellationToken)
    {
        var copy = PathOf(feed);
        Directory.CreateDirectory(directory);
        var temp = copy + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, body, cancellationToken);
        File.Move(temp, copy, overwrite: true);
        FeedCopies.MarkUsed(copy, time);
    }

    public Task MarkUsedAsync(Uri feed, CancellationToken cancellationToken)
    {
        FeedCopies.MarkUsed(PathOf(feed), time);
        return Task.CompletedTask;
    }

    public Task PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        FeedCopies.Prune(directory, cutoff, logger);
        return Task.CompletedTask;
    }

    private string PathOf(Uri feed) =>
        Path.Combine(directory, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(UrlNormalizer.Canonical(feed))))[..32] + ".feed");
}
