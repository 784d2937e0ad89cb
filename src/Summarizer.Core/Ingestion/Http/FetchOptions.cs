namespace Summarizer.Ingestion.Http;

/// <summary>How <see cref="IWebFetcher"/> behaves on the network. Every default suits a daily brief over a few dozen feeds.</summary>
public sealed record FetchOptions
{
    public static readonly FetchOptions Default = new();

    /// <summary>Limit for one attempt, headers and body together. Default 20 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Extra attempts after a 408, 429, 5xx or a connection error, with exponential backoff and jitter (or the
    /// server's Retry-After). A timed-out attempt, another 4xx or a refusal is not retried. Default 2 (three attempts in all).
    /// </summary>
    public int Retries { get; init; } = 2;

    /// <summary>Typical wait before the first retry; about doubled for each further one, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait a server's Retry-After can impose; longer requests are cut to this. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed before giving up. Default 5.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Largest body read; a bigger response is abandoned mid-stream. Default 5 MiB.</summary>
    public long MaxResponseBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Requests in flight to one host at a time, to stay polite. Default 2.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 2;

    /// <summary>Requests in flight in all. Default 8.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>
    /// Connect to inward addresses too: loopback, private ranges (10/8, 172.16/12, 192.168/16), carrier-grade
    /// NAT, link-local (cloud metadata at 169.254.169.254), unique-local, multicast and the like, by IP or by a
    /// name that resolves to one. Default false: a feed item's link or a redirect cannot make the fetcher
    /// reach into the network it runs in; such a fetch fails with <see cref="FetchRefusedException"/>.
    /// Set it to read an intranet.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Test seams for name resolution and the connection itself; null for DNS and TCP.</summary>
    internal ConnectHooks? Hooks { get; init; }

    /// <summary>Sent with every request so site operators can see who is fetching and why.</summary>
    public string UserAgent { get; init; } = "Summarizer/0.1 (+https://github.com/summarizer-project/summarizer; news brief)";

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        Check(Timeout > TimeSpan.Zero && Timeout <= TimeSpan.FromMinutes(10), nameof(Timeout), Timeout, "must be more than 0 and at most 10 minutes");
        Check(Retries is >= 0 and <= 10, nameof(Retries), Retries, "must be between 0 and 10");
        Check(RetryBaseDelay >= TimeSpan.Zero && RetryBaseDelay <= TimeSpan.FromMinutes(1), nameof(RetryBaseDelay), RetryBaseDelay, "must be between 0 and 1 minute");
        Check(MaxRetryAfter >= TimeSpan.Zero && MaxRetryAfter <= TimeSpan.FromMinutes(10), nameof(MaxRetryAfter), MaxRetryAfter, "must be between 0 and 10 minutes");
        Check(MaxRedirects is >= 0 and <= 20, nameof(MaxRedirects), MaxRedirects, "must be between 0 and 20");
        Check(MaxResponseBytes is >= 1 and <= 1L << 30, nameof(MaxResponseBytes), MaxResponseBytes, "must be between 1 and 1 GiB");
        Check(MaxConcurrencyPerHost is >= 1 and <= 64, nameof(MaxConcurrencyPerHost), MaxConcurrencyPerHost, "must be between 1 and 64");
        Check(MaxConcurrency is >= 1 and <= 256, nameof(MaxConcurrency), MaxConcurrency, "must be between 1 and 256");
        Check(!string.IsNullOrWhiteSpace(UserAgent), nameof(UserAgent), UserAgent, "must not be empty");
    }

    private static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} {rule}.");
        }
    }
}
