using Microsoft.Extensions.Logging;
using Summarizer.Documents;
using Summarizer.Ingestion.Http;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Reads a daily job's sources: feeds (then each recent item's page), single pages and folders. Each
/// article address is read once however many feeds list it (compared in <see cref="UrlNormalizer"/>
/// form). A feed or page that cannot be read becomes a <see cref="Failure"/>; the rest are still read.
/// Copies of the feeds are kept in <paramref name="feedCopies"/> when given (a shared store), else in
/// <see cref="DailySourceOptions.FeedCacheDirectory"/> when that is set.
/// </summary>
internal sealed class DailySourceReader(
    DailySourceOptions options, IWebFetcher fetcher, InputReader files, TimeProvider time, ILogger<DailySourceReader> logger, IFeedCopyStore? feedCopies = null)
{
    private readonly IFeedCopyStore? _copies = feedCopies
        ?? (options.FeedCacheDirectory is { } directory ? new FolderFeedCopyStore(directory, time, logger) : null);

    /// <summary>Stage name for sources that could not be fetched or parsed.</summary>
    public const string FetchStage = "fetch";

    /// <summary>Stage name for feed items that were left out as malformed.</summary>
    public const string FeedStage = "feed";

    /// <summary>Reads every source, in order, keeping feed items published within <paramref name="window"/> of now (undated items are kept).</summary>
    /// <exception cref="ArgumentException">A source spec is invalid (checked before anything is read).</exception>
    public async Task<IngestionResult> ReadAsync(IReadOnlyList<SourceSpec> sources, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        options.Validate();
        foreach (var source in sources)
        {
            source.Validate();
        }

        var cutoff = time.GetUtcNow() - window;
        var articles = new List<RawArticle>();
        var failures = new List<Failure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (source.Folder is { } folder)
            {
                var read = await files.ReadAsync([folder], cancellationToken);
                articles.AddRange(read.Articles);
                failures.AddRange(read.Failures);
            }
            else if (source.Url is { } url)
            {
                var page = new Uri(url, UriKind.Absolute);
                if (seen.Add(UrlNormalizer.Canonical(page)))
                {
                    await ReadAddressAsync(page, cutoff, seen, articles, failures, cancellationToken);
                }
            }
            else
            {
                await ReadFeedAsync(source.Feed!, cutoff, seen, articles, failures, cancellationToken);
            }
        }

        logger.LogInformation("Read {Articles} article(s) from {Sources} source(s); {Failures} failure(s)", articles.Count, sources.Count, failures.Count);
        if (_copies is not null)
        {
            await _copies.PruneAsync(time.GetUtcNow() - options.FeedCacheRetention, cancellationToken);
        }

        return new IngestionResult(articles, failures);
    }

    private async Task ReadFeedAsync(
        string source, DateTimeOffset cutoff, HashSet<string> seen, List<RawArticle> articles, List<Failure> failures, CancellationToken cancellationToken)
    {
        ParsedFeed feed;
        try
        {
            feed = await LoadFeedAsync(source, cancellationToken);
        }
        catch (Exception ex) when (ex is FetchException or FeedFormatException or IOException or UnauthorizedAccessException)
        {
            // The one place a failing feed is turned into a reported failure, so the other sources still run.
            logger.LogWarning("Feed {Feed} failed: {Error}", source, ex.Message);
            failures.Add(new Failure(source, FetchStage, ex.Message));
            return;
        }

        await ReadItemsAsync(feed, source, cutoff, seen, articles, failures, cancellationToken);
    }

    // A single address is usually an article page; when it answers with a feed, its items are read instead.
    private async Task ReadAddressAsync(Uri address, DateTimeOffset cutoff, HashSet<string> seen, List<RawArticle> articles, List<Failure> failures, CancellationToken cancellationToken)
    {
        var (article, failure, feedBody) = await FetchPageAsync(address, item: null, outlet: null, cancellationToken);
        if (feedBody is null)
        {
            Add(article, failure, articles, failures);
            return;
        }

        ParsedFeed feed;
        try
        {
            using var body = new MemoryStream(feedBody.Body.ToArray(), writable: false);
            feed = FeedParser.Parse(body, address, feedBody.Charset);
        }
        catch (FeedFormatException ex)
        {
            logger.LogWarning("Feed {Feed} failed: {Error}", address, ex.Message);
            failures.Add(new Failure(UrlNormalizer.Canonical(address), FetchStage, ex.Message));
            return;
        }

        logger.LogInformation("{Url} is a feed: reading its items", address);
        await ReadItemsAsync(feed, UrlNormalizer.Canonical(address), cutoff, seen, articles, failures, cancellationToken);
    }

    private async Task ReadItemsAsync(
        ParsedFeed feed, string source, DateTimeOffset cutoff, HashSet<string> seen, List<RawArticle> articles, List<Failure> failures, CancellationToken cancellationToken)
    {
        foreach (var note in feed.Notes)
        {
            logger.LogDebug("Feed {Feed}: {Note}", source, note);
        }

        var picked = new List<(string Origin, FeedItem Item)>();
        for (var i = 0; i < feed.Items.Count && picked.Count < options.MaxItemsPerFeed; i++)
        {
            var item = feed.Items[i];
            if (item.Link is null && item.Content is null)
            {
                // Nothing to read: no web address to fetch and no text in the feed.
                logger.LogInformation("Feed {Feed} item {Position} skipped: no http(s) link and no content", source, i + 1);
                failures.Add(new Failure($"{source}#{i + 1}", FeedStage, $"item \"{item.Title}\" skipped: no http(s) link and no content"));
                continue;
            }

            if (item.PublishedAt is { } published && published < cutoff)
            {
                continue;
            }

            var origin = item.Link is null ? $"{source}#{i + 1}" : UrlNormalizer.Canonical(item.Link);
            if (seen.Add(origin))
            {
                picked.Add((origin, item));
            }
            else
            {
                logger.LogDebug("Feed {Feed}: {Url} already read from another source", source, origin);
            }
        }

        // All pages at once: the fetcher's per-host and global limits decide how many really run.
        var read = await Task.WhenAll(picked.Select(p => p.Item.Link is null
            ? Task.FromResult(FromFeedContent(p.Origin, p.Item, feed.Title))
            : ReadPageAsync(p.Item.Link, p.Item, feed.Title, cancellationToken)));
        foreach (var (article, failure) in read)
        {
            Add(article, failure, articles, failures);
        }
    }

    private async Task<ParsedFeed> LoadFeedAsync(string source, CancellationToken cancellationToken)
    {
        if (SourceSpec.LooksLikeUrl(source))
        {
            var url = new Uri(source, UriKind.Absolute);
            var (bytes, charset) = await FetchFeedAsync(url, cancellationToken);
            using var body = new MemoryStream(bytes, writable: false);
            return FeedParser.Parse(body, url, charset);
        }

        var path = options.BaseDirectory is null ? Path.GetFullPath(source) : Path.GetFullPath(source, options.BaseDirectory);
        if (!File.Exists(path))
        {
            throw new IOException("no such feed file");
        }

        await using var stream = File.OpenRead(path);
        return FeedParser.Parse(stream, feedUrl: null);
    }

    // With a feed cache, feeds are fetched conditionally: an unchanged feed (304) is read from the copy kept
    // of its last response, so a rerun gives the same brief and only the transfer is saved.
    private async Task<(byte[] Bytes, string? Charset)> FetchFeedAsync(Uri url, CancellationToken cancellationToken)
    {
        var kept = _copies is null ? null : await _copies.GetAsync(url, cancellationToken);
        var fetched = await fetcher.FetchAsync(new FetchRequest(url) { Conditional = kept is not null }, cancellationToken);
        if (fetched.NotModified && kept is not null)
        {
            logger.LogDebug("Feed {Url} unchanged since the last run; using the stored copy", url);
            await _copies!.MarkUsedAsync(url, cancellationToken);
            return (kept, null);
        }

        var bytes = fetched.Body.ToArray();
        if (_copies is not null)
        {
            await _copies.PutAsync(url, bytes, cancellationToken);
        }

        return (bytes, fetched.Charset);
    }

    private async Task<(RawArticle?, Failure?)> ReadPageAsync(Uri page, FeedItem? item, string? outlet, CancellationToken cancellationToken)
    {
        var (article, failure, _) = await FetchPageAsync(page, item, outlet, cancellationToken, feedIsFailure: true);
        return (article, failure);
    }

    // A page, or (when the address answers with a feed and feedIsFailure is false) the feed's response.
    private async Task<(RawArticle?, Failure?, FetchResult?)> FetchPageAsync(Uri page, FeedItem? item, string? outlet, CancellationToken cancellationToken, bool feedIsFailure = false)
    {
        var origin = UrlNormalizer.Canonical(page);
        string problem;
        try
        {
            var fetched = await fetcher.FetchAsync(page, cancellationToken);
            if (!feedIsFailure && IsFeed(fetched.MediaType))
            {
                return (null, null, fetched);
            }

            var kind = fetched.MediaType switch
            {
                null or "text/html" or "application/xhtml+xml" => ContentKind.Html,
                "text/plain" => ContentKind.PlainText,
                "text/markdown" => ContentKind.Markdown,
                _ => (ContentKind?)null,
            };
            var text = kind is null ? null : fetched.DecodeText();
            if (kind is not null && !string.IsNullOrWhiteSpace(text))
            {
                return (new RawArticle(origin, kind.Value, text, Metadata(origin, item, outlet)), null, null);
            }

            problem = kind is null ? NotAPage(fetched.MediaType!) : "the page is empty";
        }
        catch (FetchException ex)
        {
            problem = ex.Message;
        }

        if (item?.Content is not null)
        {
            // The feed carried the story itself: a summary from it beats dropping the source.
            logger.LogWarning("Page {Url} failed ({Error}); using the feed's content instead", origin, problem);
            var (article, failure) = FromFeedContent(origin, item, outlet);
            return (article, failure, null);
        }

        logger.LogWarning("Page {Url} failed: {Error}", origin, problem);
        return (null, new Failure(origin, FetchStage, problem), null);
    }

    private static bool IsFeed(string? mediaType) =>
        mediaType is not null && (mediaType.Contains("rss", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("atom", StringComparison.OrdinalIgnoreCase)
            || mediaType is "application/xml" or "text/xml");

    // A feed linked from a feed item is not an article.
    private static string NotAPage(string mediaType) =>
        IsFeed(mediaType) ? $"a feed ({mediaType}), not an article page" : $"not a web page ({mediaType})";

    private static (RawArticle?, Failure?) FromFeedContent(string origin, FeedItem item, string? outlet) =>
        (new RawArticle(origin, ContentKind.Html, item.Content!, Metadata(item.Link is null ? null : origin, item, outlet)), null);

    private static ArticleMetadata Metadata(string? url, FeedItem? item, string? outlet) => new()
    {
        Title = item?.Title,
        Url = url,
        PublishedAt = item?.PublishedAt,
        Author = item?.Author,
        Outlet = outlet,
    };

    // Pages and feed items; files were capped by the InputReader that read them.
    private void Add(RawArticle? article, Failure? failure, List<RawArticle> articles, List<Failure> failures)
    {
        if (article is not null)
        {
            articles.Add(files.Cap(article));
        }

        if (failure is not null)
        {
            failures.Add(failure);
        }
    }
}
