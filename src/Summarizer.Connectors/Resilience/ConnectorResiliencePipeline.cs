using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Summarizer.Connectors.Resilience;

/// <summary>
/// Builds the Polly.Core pipeline, outermost first: total timeout, retry, circuit breaker, per-attempt timeout.
/// The breaker sits inside the retry so that it counts every failed attempt, and an open breaker stops
/// the retry at once (it does not handle <see cref="BrokenCircuitException"/>).
/// </summary>
internal static class ConnectorResiliencePipeline
{
    public static readonly ResiliencePropertyKey<string> StageKey = new(ConnectorChatOptions.StageKey);

    public static ResiliencePipeline Build(ConnectorOptions options, TimeProvider timeProvider, Action<OnRetryArguments<object>>? onRetry)
    {
        var transient = new PredicateBuilder()
            .Handle<ProviderTransientException>()
            .Handle<TimeoutRejectedException>();

        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider, Name = "summarizer-connector" }
            .AddTimeout(options.TotalTimeout);

        // Polly requires at least one retry attempt; MaxRetries = 0 means "no retry strategy at all".
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Exception, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>
    /// The server's Retry-After, capped at <paramref name="cap"/> so one header cannot stall the run;
    /// null (use exponential backoff with jitter) when there is none.
    /// </summary>
    internal static TimeSpan? RetryAfterDelay(Exception? exception, TimeSpan cap) =>
        exception is ProviderTransientException { RetryAfter: { } retryAfter }
            ? (retryAfter > cap ? cap : retryAfter)
            : null;
}
