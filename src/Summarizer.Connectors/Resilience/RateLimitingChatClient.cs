using System.Threading.RateLimiting;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Summarizer.Chat;
using Summarizer.Chunking;

namespace Summarizer.Connectors.Resilience;

/// <summary>
/// Bounds calls in flight (<see cref="ConnectorOptions.Concurrency"/>) and, optionally, requests and
/// tokens per minute (counted with the model's tokenizer, or estimated; see <see cref="TokenCounters.ForModel"/>), so a daily job stays under a provider's quota. It sits outside the retry
/// layer: a call keeps its slot through its back-off (a struggling endpoint sees less load, not more),
/// and a retry does not take a new request permit (429s are handled by Retry-After instead).
/// Token buckets refill from a <see cref="TimeProvider"/> timer, not their own clock, so tests can drive them. With
/// <see cref="ISharedRateLimits"/> (the workers of a cluster) the per-minute buckets are the shared ones of the endpoint
/// and model, so the limits hold for every worker together; the concurrency bound stays per process.
/// </summary>
internal sealed class RateLimitingChatClient : DelegatingChatClient
{
    private const int DefaultOutputEstimate = 512;

    private readonly ConcurrencyLimiter _concurrency;
    private readonly IPermitBucket? _requests;
    private readonly IPermitBucket? _tokens;
    private readonly ConnectorOptions _options;

    // The model's own count where we ship its vocabulary (o200k_base), else the estimate (TokenCounters.ForModel).
    private readonly ITokenCounter _counter;

    public RateLimitingChatClient(IChatClient innerClient, ConnectorOptions options, TimeProvider timeProvider, ISharedRateLimits? shared = null)
        : base(innerClient)
    {
        _options = options;
        _counter = TokenCounters.ForModel(options.Model);
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Concurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        if (options.RequestsPerMinute is { } rpm)
        {
            // Refills continuously (one permit every 60/rpm seconds), up to a minute's worth banked.
            _requests = shared is null ? new TimedTokenBucket(rpm, rpm, timeProvider) : new SharedBucket(shared, BucketName(options, "requests"), rpm);
        }

        if (options.TokensPerMinute is { } tpm)
        {
            _tokens = shared is null ? new TimedTokenBucket(tpm, tpm, timeProvider) : new SharedBucket(shared, BucketName(options, "tokens"), tpm);
        }
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        using var slot = await Acquire(_concurrency, 1, cancellationToken);
        if (_requests is not null)
        {
            await _requests.AcquireAsync(1, cancellationToken);
        }

        if (_tokens is not null)
        {
            await _tokens.AcquireAsync(EstimateTokens(list, options, _tokens.Capacity), cancellationToken);
        }

        return await base.GetResponseAsync(list, options, cancellationToken);
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    /// <summary>The prompt's tokens plus the output budget, capped at the bucket size so a big call still runs.</summary>
    internal int EstimateTokens(IReadOnlyList<ChatMessage> messages, ChatOptions? options, int cap)
    {
        long prompt = messages.Sum(m => (long)_counter.Count(m.Text ?? string.Empty));
        long estimate = prompt + (options?.MaxOutputTokens ?? _options.MaxOutputTokens ?? DefaultOutputEstimate);
        return (int)Math.Clamp(estimate, 1, cap);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _concurrency.Dispose();
        }

        base.Dispose(disposing);
    }

    // The account's limits are per endpoint and model; the name carries neither in the clear (a hash), nor any key.
    private static string BucketName(ConnectorOptions options, string kind) =>
        kind + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{options.EffectiveEndpoint}|{options.Model}")))[..16];

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
}
