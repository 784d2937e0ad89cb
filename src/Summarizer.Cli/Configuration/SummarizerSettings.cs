namespace Summarizer.Cli.Configuration;

/// <summary>
/// Settings shared by the commands, bound from <c>summarizer.json</c>, then the environment, then flags
/// (each overriding the one before). Null means "not set here".
/// </summary>
internal sealed record SummarizerSettings
{
    public string? Provider { get; init; }
    public string? Model { get; init; }
    public string? Endpoint { get; init; }

    /// <summary>From OPENAI_API_KEY (or summarizer.json); never printed or logged.</summary>
    public string? ApiKey { get; init; }

    public int? MaxWords { get; init; }
    public int? Concurrency { get; init; }
    public string? Cache { get; init; }
    public bool? NoCache { get; init; }

    /// <summary>A Redis server for the reply cache instead of the SQLite file (StackExchange.Redis configuration; may hold a password, never printed).</summary>
    public string? Redis { get; init; }
    public string? Prompts { get; init; }
    public string? Out { get; init; }
    public IReadOnlyList<string>? Formats { get; init; }
    public bool? Strict { get; init; }

    /// <summary>Let the web fetcher connect to loopback, private and link-local addresses (an intranet); refused by default.</summary>
    public bool? AllowPrivateNetworks { get; init; }

    /// <summary>One article's text beyond this many characters is cut at a paragraph break (default 2,000,000).</summary>
    public int? MaxArticleChars { get; init; }

    /// <summary>Connector tuning (timeouts, retries, breaker, rate limits); the flat settings above override it.</summary>
    public Summarizer.Connectors.ConnectorOptions? Connector { get; init; }

    /// <summary>Fields set in <paramref name="higher"/> win.</summary>
    public SummarizerSettings OverriddenBy(SummarizerSettings higher) => new()
    {
        Provider = higher.Provider ?? Provider,
        Model = higher.Model ?? Model,
        Endpoint = higher.Endpoint ?? Endpoint,
        ApiKey = higher.ApiKey ?? ApiKey,
        MaxWords = higher.MaxWords ?? MaxWords,
        Concurrency = higher.Concurrency ?? Concurrency,
        Cache = higher.Cache ?? Cache,
        NoCache = higher.NoCache ?? NoCache,
        Redis = higher.Redis ?? Redis,
        Prompts = higher.Prompts ?? Prompts,
        Out = higher.Out ?? Out,
        Formats = higher.Formats ?? Formats,
        Strict = higher.Strict ?? Strict,
        AllowPrivateNetworks = higher.AllowPrivateNetworks ?? AllowPrivateNetworks,
        MaxArticleChars = higher.MaxArticleChars ?? MaxArticleChars,
        Connector = higher.Connector ?? Connector,
    };

    // The key must never reach a log line or an exception message through ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Provider = {Provider}, Model = {Model}, Endpoint = {Endpoint}, ApiKey = {(ApiKey is null ? "null" : "***")}");
        return true;
    }
}
