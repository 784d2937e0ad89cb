using System.Text.RegularExpressions;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// One entry of a daily job's <c>sources:</c> list; exactly one of the three is set.
/// </summary>
/// <param name="Feed">An RSS 2.0 or Atom 1.0 feed: an http(s) URL or a file path.</param>
/// <param name="Folder">A folder read like <c>summarizer brief</c> reads one.</param>
/// <param name="Url">A single article page.</param>
internal sealed partial record SourceSpec(string? Feed = null, string? Folder = null, string? Url = null)
{
    /// <summary>The value that is set, as written in the config: the name failures are reported under.</summary>
    public string Source => Feed ?? Folder ?? Url ?? string.Empty;

    /// <exception cref="ArgumentException">Not exactly one field is set, or the set one is blank; the message names the fields.</exception>
    public void Validate()
    {
        (string Name, string? Value)[] fields = [("feed", Feed), ("folder", Folder), ("url", Url)];
        var set = fields.Where(f => f.Value is not null).ToList();
        if (set.Count != 1)
        {
            var which = set.Count == 0 ? "none" : string.Join(", ", set.Select(f => f.Name));
            throw new ArgumentException($"A source must set exactly one of feed, folder, url (set: {which}).", nameof(SourceSpec));
        }

        if (string.IsNullOrWhiteSpace(set[0].Value))
        {
            throw new ArgumentException($"A source's {set[0].Name} must not be empty.", nameof(SourceSpec));
        }

        if (Url is not null && !Uri.TryCreate(Url, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"A source's url must be an absolute URL, not \"{Url}\".", nameof(SourceSpec));
        }

        if (Feed is not null && LooksLikeUrl(Feed) && !Uri.TryCreate(Feed, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"A source's feed looks like a URL but is not a valid one: \"{Feed}\".", nameof(SourceSpec));
        }
    }

    /// <summary>
    /// True when <paramref name="value"/> starts with a URL scheme ("https:", "file:", ...); a one-letter
    /// "scheme" is a Windows drive, and "/var/feed.xml" is a path even though .NET would call it a file URI.
    /// </summary>
    internal static bool LooksLikeUrl(string value) => SchemePrefix().IsMatch(value);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePrefix();
}

/// <summary>Settings for <see cref="DailySourceReader"/>.</summary>
internal sealed record DailySourceOptions
{
    /// <summary>Folder relative feed paths are resolved against; null for the working directory.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// Folder for copies of the feeds last fetched; when set, feeds are fetched with conditional GET
    /// (ETag / Last-Modified) and an unchanged feed is read from its copy. Default null (no cache).
    /// </summary>
    public string? FeedCacheDirectory { get; init; }

    /// <summary>Items taken from one feed (newest feeds list first); bounds the page fetches a feed can cause. Default 50.</summary>
    public int MaxItemsPerFeed { get; init; } = 50;

    /// <summary>
    /// Copies in <see cref="FeedCacheDirectory"/> not fetched or confirmed unchanged for this long (a feed
    /// dropped from the config, or down for that long) are deleted at the end of a successful read.
    /// Between 1 hour and 3650 days. Default 14 days.
    /// </summary>
    public TimeSpan FeedCacheRetention { get; init; } = TimeSpan.FromDays(14);

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (FeedCacheRetention < TimeSpan.FromHours(1) || FeedCacheRetention > TimeSpan.FromDays(3650))
        {
            throw new ArgumentOutOfRangeException(nameof(FeedCacheRetention), FeedCacheRetention, "FeedCacheRetention must be between 1 hour and 3650 days.");
        }

        if (MaxItemsPerFeed is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxItemsPerFeed), MaxItemsPerFeed, "MaxItemsPerFeed must be between 1 and 10000.");
        }
    }
}
