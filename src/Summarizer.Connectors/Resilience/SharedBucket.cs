using Summarizer.Chat;

namespace Summarizer.Connectors.Resilience;

/// <summary>Permits that refill per minute: this process's own bucket, or one shared with other workers.</summary>
internal interface IPermitBucket
{
    /// <summary>The most permits it holds: a minute's worth.</summary>
    int Capacity { get; }

    /// <summary>Waits until <paramref name="permits"/> (capped at <see cref="Capacity"/>) are there and takes them.</summary>
    Task AcquireAsync(int permits, CancellationToken cancellationToken);
}

/// <summary>A bucket of <see cref="ISharedRateLimits"/>, named for the account's limit it stands for.</summary>
internal sealed class SharedBucket(ISharedRateLimits limits, string name, int perMinute) : IPermitBucket
{
    public int Capacity => perMinute;

    public Task AcquireAsync(int permits, CancellationToken cancellationToken) =>
        limits.AcquireAsync(name, Math.Clamp(permits, 1, perMinute), perMinute, cancellationToken);
}
