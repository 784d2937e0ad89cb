namespace Summarizer.Chat;

/// <summary>
/// Per-minute token buckets shared by every process that calls one model account (the workers of a cluster), so a
/// provider's requests-per-minute and tokens-per-minute limits hold for all of them together rather than for each.
/// </summary>
public interface ISharedRateLimits
{
    /// <summary>
    /// Takes <paramref name="permits"/> from the bucket <paramref name="name"/> (holding at most, and refilling,
    /// <paramref name="perMinute"/> a minute), waiting until they are there.
    /// </summary>
    Task AcquireAsync(string name, int permits, int perMinute, CancellationToken cancellationToken);
}
