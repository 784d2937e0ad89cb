namespace Summarizer.Scheduling.Config;

/// <summary>
/// The daily brief job as read from <c>brief.yaml</c> (see DESIGN.md, "Daily job config").
/// Paths are absolute: relative ones in the file are resolved against the file's folder.
/// </summary>
public sealed record DailyConfig
{
    /// <summary>Absolute path of the file this was read from.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>Folder the runs write to (<c>output/YYYY-MM-DD/brief.*</c>). Default <c>./briefs</c>.</summary>
    public required string Output { get; init; }

    /// <summary>Articles published within this span before the run are included. Default 24 hours.</summary>
    public TimeSpan Window { get; init; } = DailyConfigDefaults.Window;

    public required ScheduleConfig Schedule { get; init; }

    /// <summary>Which engine writes the brief. Default <c>local</c> (offline).</summary>
    public ProviderConfig Provider { get; init; } = new("local", null, null);

    /// <summary>At least one source, in file order.</summary>
    public required IReadOnlyList<SourceConfig> Sources { get; init; }

    /// <summary>
    /// <c>allowPrivateNetworks: true</c>: feeds, their items' links and pages may be on loopback, private or
    /// link-local addresses (an intranet). Default false: such a fetch is refused and reported as a failure.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>
    /// <c>maxArticleChars</c>: one article's text beyond this many characters is cut at a paragraph break;
    /// null for the default (<c>summarizer.json</c>'s, else 2,000,000).
    /// </summary>
    public int? MaxArticleChars { get; init; }

    /// <summary>
    /// <c>store:</c>: where the history and run lock live. Default SQLite files under <c>OUTPUT/.summarizer</c>; a
    /// PostgreSQL connection string makes every worker given this file share one database and one Quartz cluster.
    /// </summary>
    public Storage.StoreSetting Store { get; init; } = Storage.StoreSetting.Sqlite;
}

/// <summary><c>schedule: { cron: "0 6 * * *", timeZone: "Europe/Paris" }</c>.</summary>
/// <param name="Cron">Standard five-field cron expression, as written.</param>
/// <param name="TimeZone">The zone the cron is read in. Default UTC.</param>
public sealed record ScheduleConfig(string Cron, TimeZoneInfo TimeZone);

/// <summary><c>provider: { name: openai, model: ..., endpoint: ... }</c>; name is local, stub or openai.</summary>
public sealed record ProviderConfig(string Name, string? Model, string? Endpoint);

public enum SourceKind
{
    /// <summary>An RSS 2.0 or Atom feed, by URL or file path.</summary>
    Feed,

    /// <summary>A folder of files, read as for <c>summarizer brief</c>.</summary>
    Folder,

    /// <summary>A single web page.</summary>
    Url,
}

/// <summary>One entry of <c>sources</c>.</summary>
/// <param name="Location">An absolute http(s) URL, or an absolute file or folder path.</param>
public sealed record SourceConfig(SourceKind Kind, string Location);

/// <summary>Defaults applied when <c>brief.yaml</c> leaves a key out.</summary>
internal static class DailyConfigDefaults
{
    public const string Output = "./briefs";
    public const string TimeZone = "UTC";
    public const string Provider = "local";
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
    public static readonly IReadOnlyList<string> Providers = ["local", "stub", "openai"];
}
