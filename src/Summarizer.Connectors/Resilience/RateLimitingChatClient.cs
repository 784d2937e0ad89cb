using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Resilience;

/// <summary>
/// Bounds calls in flight (<see cref="ConnectorOptions.Concurrency"/>) and, optionally, requests and
/// estimated tokens per minute, so a daily job stays under a provider's quota. It sits outside the retry
/// layer: a call keeps its slot through its back-off (a struggling endpoint sees less load, not more),
/// and a retry does not take a new request permit (429s are handled by Retry-After instead).
/// Token buckets refill from a <see cref="TimeProvider"/> timer, not their own clock, so tests can drive them.
/// </summary>
internal sealed class RateLimitingChatClient : DelegatingChatClient
{
    // A rough chars-per-token ratio for English; the token limit is a budget, not a bill.
    private const int CharsPerToken = 4;
    private const int DefaultOutputEstimate = 512;

    private readonly ConcurrencyLimiter _concurrency;
    private readonly TokenBucketRateLimiter? _requests;
    private readonly TokenBucketRateLimiter? _tokens;
    private readonly List<ITimer> _timers = [];
    private readonly ConnectorOptions _options;

    public RateLimitingChatClient(IChatClient innerClient, ConnectorOptions options, TimeProvider timeProvider)
        : base(innerClient)
    {
        _options = options;
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Concurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        if (options.RequestsPerMinute is { } rpm)
        {
            // One request permit every 60/rpm seconds, up to a minute's worth banked.
            _requests = Bucket(rpm, 1, TimeSpan.FromMinutes(1) / rpm, timeProvider);
        }

        if (options.TokensPerMinute is { } tpm)
        {
            _tokens = Bucket(tpm, Math.Max(1, tpm / 60), TimeSpan.FromSeconds(1), timeProvider);
        }
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        using var slot = await Acquire(_concurrency, 1, cancellationToken);
        using var request = _requests is null ? null : await Acquire(_requests, 1, cancellationToken);
        using var tokens = _tokens is null ? null : await Acquire(_tokens, EstimateTokens(list, options, _options.TokensPerMinute ?? int.MaxValue), cancellationToken);
        return await base.GetResponseAsync(list, options, cancellationToken);
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    /// <summary>Prompt characters / 4 plus the output budget, capped at the bucket size so a big call still runs.</summary>
    internal int EstimateTokens(IReadOnlyList<ChatMessage> messages, ChatOptions? options, int cap)
    {
        long chars = messages.Sum(m => (long)(m.Text?.Length ?? 0));
        long estimate = (chars / CharsPerToken) + (options?.MaxOutputTokens ?? _options.MaxOutputTokens ?? DefaultOutputEstimate);
        return (int)Math.Clamp(estimate, 1, cap);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _concurrency.Dispose();
            _requests?.Dispose();
            _tokens?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static async Task<RateLimitLease> Acquire(RateLimiter limiter, int permits, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(permits, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("A rate limit permit could not be acquired (queue full).");
        }

        return lease;
    }

    private TokenBucketRateLimiter Bucket(int limit, int perPeriod, TimeSpan period, TimeProvider timeProvider)
    {
        var bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _timers.Add(timeProvider.CreateTimer(static state => ((TokenBucketRateLimiter)state!).TryReplenish(), bucket, period, period));
        return bucket;
    }
}
