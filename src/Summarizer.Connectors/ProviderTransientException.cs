using Summarizer.Chat;

namespace Summarizer.Connectors;

/// <summary>
/// A failure worth retrying: HTTP 408/429/5xx, a timed-out attempt or a broken connection.
/// The resilience layer retries it; if it still escapes (retries or total time used up), the pipeline
/// records a failure for that source (exit 1). Repeated failures open the circuit breaker, after which
/// calls end with <see cref="ProviderUnusableException"/>.
/// </summary>
public sealed class ProviderTransientException : ModelCallException
{
    /// <summary>Creates the exception.</summary>
    public ProviderTransientException(string message, int? statusCode = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>HTTP status, or null when no response arrived (connection failure or timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>The server's <c>Retry-After</c> (or <c>retry-after-ms</c>), uncapped; the retry policy caps it.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when no HTTP response arrived at all (refused, reset, DNS).</summary>
    public bool IsConnectionFailure { get; init; }

    /// <summary>Attempts made before giving up; set by the resilience layer when it gives up.</summary>
    public int Attempts { get; init; } = 1;
}
