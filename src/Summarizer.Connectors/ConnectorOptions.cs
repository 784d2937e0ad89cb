using Summarizer.Chat;
using System.Globalization;
using System.Text;

namespace Summarizer.Connectors;

/// <summary>
/// Everything needed to build the model connector stack for <c>--provider openai</c>.
/// Bound from <c>summarizer.json</c>, <c>SUMMARIZER_*</c>/<c>OPENAI_*</c> environment variables and
/// flags by the CLI; validated by <see cref="Validate"/> (which <see cref="ChatClientFactory.Create"/> calls).
/// </summary>
/// <remarks>
/// <see cref="ApiKey"/> is redacted from <see cref="ToString"/>, so logging the options is safe.
/// </remarks>
public sealed record ConnectorOptions
{
    /// <summary>The OpenAI public endpoint, used when <see cref="Endpoint"/> is not set.</summary>
    public static readonly Uri OpenAIEndpoint = new("https://api.openai.com/v1");

    /// <summary>Provider name. Only <c>"openai"</c> (any OpenAI-compatible endpoint) is built here. Default "openai".</summary>
    public string Provider { get; init; } = "openai";

    /// <summary>
    /// Base URL of the OpenAI-compatible API, including the version segment, e.g.
    /// <c>http://127.0.0.1:11434/v1</c> (Ollama), <c>https://RESOURCE.openai.azure.com/openai/v1/</c> (Azure OpenAI v1).
    /// Default: <see cref="OpenAIEndpoint"/>.
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Model or deployment name. Required.</summary>
    public string? Model { get; init; }

    /// <summary>API key. Required unless the endpoint is loopback (local servers need none). Never printed.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Sampling temperature. Default 0, so reruns give the same answer where the server allows it.</summary>
    public float? Temperature { get; init; } = 0f;

    /// <summary>Upper bound on output tokens per call when the caller does not set one. Default null (server default).</summary>
    public int? MaxOutputTokens { get; init; }

    /// <summary>Sampling seed sent when the caller does not set one. Default null.</summary>
    public long? Seed { get; init; }

    /// <summary>Time one HTTP attempt may take before it is abandoned and retried. Default 120 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Time one logical call may take across all its attempts and back-off delays. Default 10 min.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries after the first attempt on 408/429/5xx, timeouts and connection failures (0 = none). Default 4.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; later ones grow exponentially with jitter. Default 2 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest computed back-off delay. Default 60 s.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer header is capped to this. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Attempts needed within the sampling window before the breaker may open. Default 8.</summary>
    public int BreakerMinimumThroughput { get; init; } = 8;

    /// <summary>Window over which failures are counted. Default 60 s.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit rejects calls before letting one through. Default 30 s.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Model calls in flight at once (<c>--concurrency</c>). Default 4.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Optional requests-per-minute limit (logical calls; retries are not counted). Default null (none).</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Optional tokens-per-minute limit, charged with an estimate before each call. Default null (none).</summary>
    public int? TokensPerMinute { get; init; }

    /// <summary>Directory of the response cache. Default: <c>summarizer</c> under the user's cache directory.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// A Redis server to keep the response cache in instead of the SQLite file in <see cref="CacheDirectory"/>, as a
    /// StackExchange.Redis configuration string (<c>host:6379</c>, <c>host:6380,ssl=true,password=...</c>). Default null
    /// (SQLite). Its password is redacted from <see cref="ToString"/> and from logs.
    /// </summary>
    public string? Redis { get; init; }

    /// <summary>Whether the response cache is used (<c>--no-cache</c> sets false). Default true.</summary>
    public bool CacheEnabled { get; init; } = true;

    /// <summary>The endpoint actually used: <see cref="Endpoint"/> or <see cref="OpenAIEndpoint"/>.</summary>
    public Uri EffectiveEndpoint => Endpoint ?? OpenAIEndpoint;

    /// <summary>True when the endpoint is on this machine, where no API key is required.</summary>
    public bool IsLocalEndpoint => EffectiveEndpoint.IsLoopback;

    /// <summary>
    /// Lists every problem, each naming the field. An empty list means the options are usable.
    /// A missing key for a hosted endpoint is not listed here: it is a <see cref="ProviderUnusableException"/>
    /// (exit 4), raised by <see cref="ChatClientFactory.Create"/>.
    /// </summary>
    public IReadOnlyList<string> GetErrors()
    {
        var errors = new List<string>();
        if (!string.Equals(Provider, "openai", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{nameof(Provider)}: '{Provider}' is not supported here (expected 'openai').");
        }

        if (Redis is { } redis && Caching.RedisResponseStore.Problem(redis) is { } problem)
        {
            errors.Add($"{nameof(Redis)}: not a usable StackExchange.Redis configuration (host:port[,option=value...]): {problem}");
        }

        if (Endpoint is { } e && (!e.IsAbsoluteUri || (e.Scheme != Uri.UriSchemeHttp && e.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"{nameof(Endpoint)}: '{e}' must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            errors.Add($"{nameof(Model)}: a model name is required (--model or SUMMARIZER_MODEL).");
        }

        if (Temperature is < 0f or > 2f)
        {
            errors.Add($"{nameof(Temperature)}: {Temperature} must be between 0 and 2.");
        }

        if (MaxOutputTokens is < 1)
        {
            errors.Add($"{nameof(MaxOutputTokens)}: {MaxOutputTokens} must be at least 1.");
        }

        Timeout(errors, nameof(AttemptTimeout), AttemptTimeout);
        Timeout(errors, nameof(TotalTimeout), TotalTimeout);
        Positive(errors, nameof(RetryBaseDelay), RetryBaseDelay);
        Positive(errors, nameof(RetryMaxDelay), RetryMaxDelay);
        Positive(errors, nameof(MaxRetryAfter), MaxRetryAfter);
        AtLeastHalfSecond(errors, nameof(BreakerBreakDuration), BreakerBreakDuration);
        AtLeastHalfSecond(errors, nameof(BreakerSamplingDuration), BreakerSamplingDuration);

        if (MaxRetries is < 0 or > 20)
        {
            errors.Add($"{nameof(MaxRetries)}: {MaxRetries} must be between 0 and 20.");
        }

        if (BreakerFailureRatio is <= 0 or > 1)
        {
            errors.Add($"{nameof(BreakerFailureRatio)}: {BreakerFailureRatio} must be in (0, 1].");
        }

        if (BreakerMinimumThroughput < 2)
        {
            errors.Add($"{nameof(BreakerMinimumThroughput)}: {BreakerMinimumThroughput} must be at least 2.");
        }

        if (Concurrency is < 1 or > 256)
        {
            errors.Add($"{nameof(Concurrency)}: {Concurrency} must be between 1 and 256.");
        }

        if (RequestsPerMinute is < 1)
        {
            errors.Add($"{nameof(RequestsPerMinute)}: {RequestsPerMinute} must be at least 1.");
        }

        if (TokensPerMinute is < 1)
        {
            errors.Add($"{nameof(TokensPerMinute)}: {TokensPerMinute} must be at least 1.");
        }

        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every bad field, if any.</summary>
    public void Validate()
    {
        var errors = GetErrors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid connector options: " + string.Join(" ", errors));
        }
    }

    /// <summary>
    /// Returns a copy with the environment applied over it (DESIGN.md precedence: summarizer.json, then
    /// environment, then flags; so call this after binding the file and before applying flags):
    /// <c>SUMMARIZER_PROVIDER</c>, <c>SUMMARIZER_MODEL</c>, <c>SUMMARIZER_ENDPOINT</c> (wins over
    /// <c>OPENAI_BASE_URL</c>), <c>OPENAI_API_KEY</c>. Empty variables are ignored.
    /// </summary>
    /// <param name="getVariable">Reads a variable, e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <exception cref="ArgumentException">An endpoint variable is not an absolute URL; the message names the variable.</exception>
    public ConnectorOptions WithEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        string? Get(string name) => getVariable(name) is { Length: > 0 } v ? v.Trim() : null;
        Uri? Url(string name) => Get(name) is { } v
            ? Uri.TryCreate(v, UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"{name}: '{v}' is not an absolute URL.")
            : null;

        return this with
        {
            Provider = Get("SUMMARIZER_PROVIDER") ?? Provider,
            Model = Get("SUMMARIZER_MODEL") ?? Model,
            Endpoint = Url("SUMMARIZER_ENDPOINT") ?? Url("OPENAI_BASE_URL") ?? Endpoint,
            ApiKey = Get("OPENAI_API_KEY") ?? ApiKey,
        };
    }

    /// <summary>The cache directory actually used: <see cref="CacheDirectory"/> or the per-user default.</summary>
    public string EffectiveCacheDirectory => CacheDirectory ?? DefaultCacheDirectory();

    private static string DefaultCacheDirectory()
    {
        // XDG on Linux, LocalApplicationData on Windows/macOS: the conventional place for re-creatable data.
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "summarizer");
    }

    // Polly's own bounds, checked here so the message names our field rather than Polly's.
    private static void Timeout(List<string> errors, string name, TimeSpan value)
    {
        if (value < TimeSpan.FromMilliseconds(10) || value > TimeSpan.FromHours(24))
        {
            errors.Add($"{name}: {value} must be between 10 ms and 24 h.");
        }
    }

    private static void AtLeastHalfSecond(List<string> errors, string name, TimeSpan value)
    {
        if (value < TimeSpan.FromMilliseconds(500) || value > TimeSpan.FromDays(1))
        {
            errors.Add($"{name}: {value} must be between 0.5 s and 24 h.");
        }
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{name}: {value} must be positive.");
        }
    }

    // The record's generated ToString would print the key; this one shows only whether a key is set.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"Provider = {Provider}, Endpoint = {EffectiveEndpoint}, Model = {Model}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"Temperature = {Temperature}, MaxOutputTokens = {MaxOutputTokens}, Seed = {Seed}, AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"MaxRetries = {MaxRetries}, MaxRetryAfter = {MaxRetryAfter}, Concurrency = {Concurrency}, RequestsPerMinute = {RequestsPerMinute}, ");
        builder.Append(CultureInfo.InvariantCulture,
            $"TokensPerMinute = {TokensPerMinute}, CacheEnabled = {CacheEnabled}, CacheDirectory = {CacheDirectory}, Redis = {Caching.RedisResponseStore.Describe(Redis)}");
        return true;
    }
}
