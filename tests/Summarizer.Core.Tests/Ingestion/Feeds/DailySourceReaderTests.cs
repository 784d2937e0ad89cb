using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core.Tests.Ingestion.Http;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

public sealed class DailySourceReaderTests : IAsyncLifetime
{
    // FakeClock starts at 2026-01-06 07:00 UTC, so a 24 h window keeps items from 2026-01-05 07:00 on.
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-daily-").FullName;
    private readonly LoopbackFence _fence = new(("intranet.test", "10.1.2.3"));
    private WebTestServer _server = null!;
    private IWebFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        _server = await WebTestServer.StartAsync();
        _fetcher = WebFetchers.Create(Loopback);
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
        Assert.Empty(_fence.Blocked);
    }

    // The test server is on loopback, so private networks are allowed; the fence keeps DNS and connections local.
    // Fetches run on the real clock: a timeout of minutes only turns a hang into a failure.
    private FetchOptions Loopback => new() { Timeout = HangGuard.Limit, RetryBaseDelay = TimeSpan.Zero, AllowPrivateNetworks = true, Hooks = _fence.Hooks() };

    private DailySourceReader Reader(IWebFetcher? fetcher = null, string? feedCache = null, TimeProvider? time = null, TimeSpan? retention = null) => new(
        new DailySourceOptions { BaseDirectory = _dir, FeedCacheDirectory = feedCache, FeedCacheRetention = retention ?? TimeSpan.FromDays(14) },
        fetcher ?? _fetcher,
        new InputReader(new InputReaderOptions { BaseDirectory = _dir }, () => new StringReader(string.Empty), NullLogger<InputReader>.Instance),
        time ?? new FakeClock(),
        NullLogger<DailySourceReader>.Instance);

    private string Feed(string name) => _server.Url($"/feeds/{name}").AbsoluteUri;

    private string Page(string path) => UrlNormalizer.Canonical(_server.Url(path));

    private static CancellationToken Bounded => HangGuard.Token();

    [Fact]
    public async Task A_single_address_that_answers_with_a_feed_gives_the_feeds_items()
    {
        var result = await Reader().ReadAsync([new SourceSpec(Url: Feed("atom.xml"))], Day, Bounded);

        var fromFeed = await Reader().ReadAsync([new SourceSpec(Feed: Feed("atom.xml"))], Day, Bounded);
        Assert.NotEmpty(result.Articles);
        Assert.Equal(fromFeed.Articles.Select(a => a.Origin), result.Articles.Select(a => a.Origin));
        Assert.DoesNotContain(result.Failures, f => f.Source == Page("/feeds/atom.xml"));
    }

    [Fact]
    public async Task Reads_recent_feed_items_as_pages_deduplicated_across_feeds_with_fallbacks_and_failures()
    {
        File.WriteAllText(Path.Combine(_dir, "note.txt"), "A local note about the harbour.");
        SourceSpec[] sources =
        [
            new(Feed: Feed("rss.xml")),
            new(Feed: Feed("atom.xml")),
            new(Feed: Feed("malformed-item.xml")),
            new(Feed: Feed("not-a-feed.html")),
            new(Url: _server.Url("/articles/ferry-resumes?utm_source=newsletter#top").AbsoluteUri),
            new(Url: _server.Url("/articles/missing-page").AbsoluteUri),
            new(Folder: "."),
        ];

        var result = await Reader().ReadAsync(sources, Day, Bounded);

        Assert.Equal(
            [
                Page("/articles/ferry-resumes"),
                Page("/articles/cycle-lanes"),
                Feed("rss.xml") + "#3",
                Page("/articles/missing-with-content"),
                Page("/articles/water-plant"),
                Page("/articles/bus-routes"),
                Page("/articles/bakery-prize"),
                Page("/articles/roadworks"), // its date cannot be read: kept, undated
                "./note.txt",
            ],
            result.Articles.Select(a => a.Origin));

        var ferry = result.Articles[0];
        Assert.Equal(ContentKind.Html, ferry.Kind);
        Assert.Contains("Full story for ferry-resumes.", ferry.Content, StringComparison.Ordinal);
        Assert.Equal("Ferry service resumes after storm repairs", ferry.Metadata.Title);
        Assert.Equal(Page("/articles/ferry-resumes"), ferry.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 18, 30, 0, TimeSpan.Zero), ferry.Metadata.PublishedAt);
        Assert.Equal("Mara Lindqvist", ferry.Metadata.Author);
        Assert.Equal("Harbourton Daily", ferry.Metadata.Outlet);

        var library = result.Articles[2];
        Assert.Contains("open until 21:00", library.Content, StringComparison.Ordinal);
        Assert.Null(library.Metadata.Url);

        var fishMarket = result.Articles[3];
        Assert.Equal("<p>Traders will move the Saturday fish market to the old rail depot in March.</p>", fishMarket.Content);

        Assert.Equal(
            [
                new Failure(Feed("malformed-item.xml") + "#3", "feed", "item \"A headline with nothing behind it\" skipped: no http(s) link and no content"),
                new Failure(Feed("not-a-feed.html"), "fetch", "not a feed: got an HTML page, expected RSS or Atom XML"),
                new Failure(Page("/articles/missing-page"), "fetch", "HTTP 404 Not Found"),
            ],
            result.Failures);

        // The duplicate (tracking query) and the out-of-window item were never fetched.
        Assert.Equal(1, _server.Count("/articles/cycle-lanes"));
        Assert.Equal(1, _server.Count("/articles/ferry-resumes"));
        Assert.Equal(0, _server.Count("/articles/festival-archive"));
    }

    [Fact]
    public async Task Page_fetches_of_one_feed_respect_the_per_host_limit()
    {
        _server.HoldUntilInFlight = 2; // no page answers before two requests are in flight, however slowly they arrive

        var result = await Reader().ReadAsync([new(Feed: Feed("rss.xml")), new(Feed: Feed("atom.xml"))], Day, Bounded);

        Assert.Equal(6, result.Articles.Count);
        Assert.Equal(2, _server.MaxInFlight);
    }

    [Fact]
    public async Task A_longer_window_takes_older_items_too()
    {
        var result = await Reader().ReadAsync([new(Feed: Feed("rss.xml"))], TimeSpan.FromDays(120), Bounded);

        Assert.Contains(Page("/articles/festival-archive"), result.Articles.Select(a => a.Origin));
    }

    [Fact]
    public async Task Reads_a_feed_from_a_file_path()
    {
        var xml = $"""
            <rss version="2.0"><channel><title>Local file feed</title>
            <item><title>Quay wall repaired</title><link>{_server.Url("/articles/quay-wall").AbsoluteUri}</link><pubDate>Tue, 06 Jan 2026 06:00:00 GMT</pubDate></item>
            </channel></rss>
            """;
        File.WriteAllText(Path.Combine(_dir, "local.xml"), xml);

        var result = await Reader().ReadAsync([new(Feed: "local.xml"), new(Feed: "absent.xml")], Day, Bounded);

        Assert.Equal([new Failure("absent.xml", "fetch", "no such feed file")], result.Failures);
        Assert.Equal(Page("/articles/quay-wall"), Assert.Single(result.Articles).Origin);
        Assert.Equal(new Failure("absent.xml", "fetch", "no such feed file"), Assert.Single(result.Failures));
    }

    [Fact]
    public async Task A_feed_url_with_another_scheme_is_a_failure_not_a_path()
    {
        var result = await Reader().ReadAsync([new(Feed: "ftp://127.0.0.1/feed.xml")], Day, Bounded);

        Assert.Equal(new Failure("ftp://127.0.0.1/feed.xml", "fetch", "only http and https URLs are fetched; ftp: is refused"), Assert.Single(result.Failures));
    }

    [Fact]
    public async Task Feed_item_links_to_inward_addresses_are_refused_and_reported_while_the_rest_are_read()
    {
        // Private networks not allowed: only the feed's own server (127.0.0.1 and its port) is let through.
        using var fetcher = await _fence.CreateFetcherAsync(new FetchOptions { RetryBaseDelay = TimeSpan.Zero, Hooks = _fence.HooksAllowing(_server.BaseUrl) });
        string[] links =
        [
            "http://169.254.169.254/latest/meta-data/",
            "http://intranet.test/news/budget",
            "/articles/ferry-resumes",
        ];
        var feed = _server.Url("/links.xml?link=" + string.Join("&link=", links.Select(Uri.EscapeDataString))).AbsoluteUri;

        var result = await Reader(fetcher).ReadAsync([new(Feed: feed)], Day, Bounded);

        const string Remedy = "set allowPrivateNetworks (--allow-private-networks) to allow it";
        Assert.Equal(
            [
                new Failure("http://169.254.169.254/latest/meta-data/", "fetch", $"refused: 169.254.169.254 is a link-local address (cloud metadata); {Remedy}"),
                new Failure("http://intranet.test/news/budget", "fetch", $"refused: intranet.test resolves to 10.1.2.3, a private-network address; {Remedy}"),
            ],
            result.Failures);
        Assert.Equal([Page("/articles/ferry-resumes")], result.Articles.Select(a => a.Origin));
        Assert.Equal(["intranet.test"], _fence.Lookups);
        Assert.All(_fence.Connects, c => Assert.Equal(_server.BaseUrl.Port, c.Port));
    }

    [Theory]
    [InlineData(null, null, null, "A source must set exactly one of feed, folder, url (set: none).")]
    [InlineData("a.xml", "inbox", null, "A source must set exactly one of feed, folder, url (set: feed, folder).")]
    [InlineData(null, " ", null, "A source's folder must not be empty.")]
    [InlineData(null, null, "not a url", "A source's url must be an absolute URL, not \"not a url\".")]
    [InlineData("https://", null, null, "A source's feed looks like a URL but is not a valid one: \"https://\".")]
    public async Task Invalid_source_specs_are_rejected_before_anything_is_read(string? feed, string? folder, string? url, string expected)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Reader().ReadAsync([new(Feed: Feed("rss.xml")), new(feed, folder, url)], Day, Bounded));

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task With_a_feed_cache_an_unchanged_feed_is_fetched_conditionally_and_read_from_its_copy()
    {
        using var state = FetchStateStores.JsonFile(Path.Combine(_dir, "state.json"));
        using var fetcher = WebFetchers.Create(Loopback, stateStore: state);
        var cache = Path.Combine(_dir, "feeds");
        var feed = Feed("atom.xml");

        var first = await Reader(fetcher, cache).ReadAsync([new SourceSpec(Feed: feed)], TimeSpan.FromDays(3650), Bounded);
        var second = await Reader(fetcher, cache).ReadAsync([new SourceSpec(Feed: feed)], TimeSpan.FromDays(3650), Bounded);

        var feedRequests = _server.Requests.Where(r => r.Path == "/feeds/atom.xml").ToList();
        Assert.Equal(2, feedRequests.Count);
        Assert.Null(feedRequests[0].IfNoneMatch);
        Assert.NotNull(feedRequests[1].IfNoneMatch); // answered 304
        Assert.NotEmpty(first.Articles);
        Assert.Equal(first.Articles.Select(a => a.Origin), second.Articles.Select(a => a.Origin));
    }

    [Fact]
    public async Task Feed_copies_unused_for_longer_than_the_retention_are_deleted_after_a_successful_read()
    {
        var clock = new FakeClock();
        using var fetcher = WebFetchers.Create(Loopback, timeProvider: clock, stateStore: FetchStateStores.InMemory());
        var cache = Path.Combine(_dir, "feeds");
        var years = TimeSpan.FromDays(3650);
        SourceSpec kept = new(Feed: Feed("atom.xml")), dropped = new(Feed: Feed("rss.xml"));
        await Reader(fetcher, cache, clock).ReadAsync([kept, dropped], years, Bounded);
        var copies = Directory.GetFiles(cache).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, copies.Count);
        var orphan = Path.Combine(cache, "0123.feed.abcd.tmp"); // as a crash mid-write leaves it
        await File.WriteAllTextAsync(orphan, "partial");
        File.SetLastWriteTimeUtc(orphan, clock.GetUtcNow().UtcDateTime);

        // The kept feed is only confirmed unchanged (304) from now on; its copy must survive all the same.
        clock.Advance(TimeSpan.FromDays(10));
        await Reader(fetcher, cache, clock).ReadAsync([kept], years, Bounded);
        Assert.Equal(copies, Directory.GetFiles(cache).Where(f => f.EndsWith(".feed", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        clock.Advance(TimeSpan.FromDays(5));
        var result = await Reader(fetcher, cache, clock).ReadAsync([kept], years, Bounded);

        var left = Assert.Single(Directory.GetFiles(cache));
        Assert.Contains(left, copies);
        Assert.NotEmpty(result.Articles);
        Assert.Equal(3, _server.Requests.Count(r => r.Path == "/feeds/atom.xml"));
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/feeds/atom.xml" && r.IfNoneMatch is not null));
    }

    [Fact]
    public async Task A_read_that_does_not_finish_deletes_no_feed_copy()
    {
        var clock = new FakeClock();
        var cache = Directory.CreateDirectory(Path.Combine(_dir, "feeds")).FullName;
        var stale = Path.Combine(cache, "0123.feed");
        await File.WriteAllTextAsync(stale, "<rss/>");
        File.SetLastWriteTimeUtc(stale, clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(30));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Reader(feedCache: cache, time: clock).ReadAsync([new(Feed: Feed("atom.xml"))], Day, cancelled.Token));

        Assert.True(File.Exists(stale));
        await Reader(feedCache: cache, time: clock).ReadAsync([new(Feed: Feed("atom.xml"))], Day, Bounded);
        Assert.False(File.Exists(stale));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3651 * 24)]
    public async Task A_feed_cache_retention_out_of_range_is_refused_naming_it(double hours)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Reader(feedCache: _dir, retention: TimeSpan.FromHours(hours)).ReadAsync([new(Feed: Feed("atom.xml"))], Day, Bounded));

        Assert.Equal("FeedCacheRetention", ex.ParamName);
        Assert.Empty(_server.Requests);
    }
}
