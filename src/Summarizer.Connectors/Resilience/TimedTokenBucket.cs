namespace Summarizer.Connectors.Resilience;

/// <summary>
/// A token bucket that refills continuously from a <see cref="TimeProvider"/>. System.Threading.RateLimiting's
/// <c>TokenBucketRateLimiter</c> reads <c>Stopwatch</c> even when replenished by hand, so tests could not drive
/// it with a fake clock; this one can. Waiters sleep exactly until enough tokens should be there, then re-check.
/// </summary>
internal sealed class TimedTokenBucket : IPermitBucket
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly double _tokensPerSecond;
    private double _tokens;
    private long _lastRefill;

    /// <param name="capacity">Most tokens banked (also the starting amount): a minute's worth.</param>
    /// <param name="perMinute">Refill rate.</param>
    /// <param name="timeProvider">The clock.</param>
    public TimedTokenBucket(int capacity, int perMinute, TimeProvider timeProvider)
    {
        Capacity = capacity;
        _tokensPerSecond = perMinute / 60.0;
        _timeProvider = timeProvider;
        _tokens = capacity;
        _lastRefill = timeProvider.GetTimestamp();
    }

    public int Capacity { get; }

    /// <summary>Waits until <paramref name="permits"/> tokens (capped at <see cref="Capacity"/>) are available and takes them.</summary>
    public async Task AcquireAsync(int permits, CancellationToken cancellationToken)
    {
        var wanted = Math.Clamp(permits, 1, Capacity);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                Refill();
                if (_tokens >= wanted)
                {
                    _tokens -= wanted;
                    return;
                }

                // Round up to whole milliseconds so the re-check does not land a hair too early.
                wait = TimeSpan.FromMilliseconds(Math.Ceiling((wanted - _tokens) / _tokensPerSecond * 1000));
            }

            await Task.Delay(wait, _timeProvider, cancellationToken);
        }
    }

    private void Refill()
    {
        var now = _timeProvider.GetTimestamp();
        var elapsed = _timeProvider.GetElapsedTime(_lastRefill, now);
        _lastRefill = now;
        _tokens = Math.Min(Capacity, _tokens + (elapsed.TotalSeconds * _tokensPerSecond));
    }
}
