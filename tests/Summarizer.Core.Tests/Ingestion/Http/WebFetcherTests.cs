using System.Text;
using Summarizer.Ingestion.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Http;

public sealed class WebFetcherTests : FencedFetcherTests
{
    [Fact]
    public async Task Fetches_a_page_and_sends_the_user_agent()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("/articles/ferry-resumes"), Bounded);

        Assert.Equal(200, result.StatusCode);
        Assert.False(result.NotModified);
        Assert.Equal("text/html", result.MediaType);
        Assert.Contains("Full story for ferry-resumes.", result.DecodeText(), StringComparison.Ordinal);
        Assert.StartsWith("Summarizer/0.1 (+https://", Assert.Single(_server.Requests).UserAgent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://127.0.0.1/feed.xml", "ftp")]
    [InlineData("data:text/plain,hello", "data")]
    public async Task Refuses_schemes_other_than_http_and_https(string url, string scheme)
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url), Bounded));

        Assert.Equal($"only http and https URLs are fetched; {scheme}: is refused", ex.Message);
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_refused()
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/to-file"), Bounded));

        Assert.StartsWith("only http and https URLs are fetched; file: is refused (redirect from ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_is_detected_after_one_round()
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/loop/a"), Bounded));

        Assert.Equal("redirect loop: /loop/a -> /loop/b -> /loop/a", ex.Message);
        Assert.Equal(1, _server.Count("/loop/a"));
        Assert.Equal(1, _server.Count("/loop/b"));
    }

    [Fact]
    public async Task Follows_up_to_five_redirects_and_refuses_a_sixth()
    {
        using var fetcher = Fetcher();

        var ok = await fetcher.FetchAsync(_server.Url("/chain/5"), Bounded);
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/chain/6"), Bounded));

        Assert.Equal(_server.Url("/chain/0"), ok.FinalUrl);
        Assert.Equal("end of chain", ok.DecodeText());
        Assert.Equal("more than 5 redirects", ex.Message);
    }

    [Fact]
    public async Task A_slow_host_times_out_without_retries()
    {
        var clock = new FakeClock();
        using var fetcher = Fetcher(TenSecondTimeout, clock);

        var task = fetcher.FetchAsync(_server.Url("/slow"), Bounded); // never answers
        await _server.WaitForCountAsync("/slow", 1);
        var timeout = Assert.Single(clock.Timers);
        Assert.Equal(TimeSpan.FromSeconds(10), timeout.Delay);
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal([timeout], clock.Timers); // not fired: the fetch is still waiting
        clock.Advance(TimeSpan.FromSeconds(1));

        // A retry would wait on a back-off timer, which this clock never fires: see one, or the fetch end.
        while (true)
        {
            var changed = clock.NextChange;
            if (task.IsCompleted || clock.PendingTimers > 0)
            {
                break;
            }

            await Task.WhenAny(task, changed).WithHangGuard("the fetch to end or wait on the clock");
        }

        Assert.Equal(0, clock.PendingTimers);
        var ex = await Assert.ThrowsAsync<FetchException>(() => task);
        Assert.Equal("timed out after 10 s", ex.Message);
        Assert.Equal(1, _server.Count("/slow"));
    }

    [Fact]
    public async Task A_404_fails_at_once_with_the_status()
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/nowhere"), Bounded));

        Assert.Equal("HTTP 404 Not Found", ex.Message);
        Assert.Equal(404, ex.StatusCode);
        Assert.Equal(1, _server.Count("/nowhere"));
    }

    [Theory]
    [InlineData("/big", "response is over the 5242880-byte limit; stopped reading")]
    [InlineData("/big-declared", "response is 6291456 bytes, over the 5242880-byte limit")]
    public async Task A_body_over_the_size_cap_is_abandoned(string path, string expected)
    {
        using var fetcher = Fetcher();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url(path), Bounded));

        Assert.Equal(expected, ex.Message);
    }

    [Theory]
    [InlineData(2, 8, 2)]
    [InlineData(8, 3, 3)]
    public async Task Concurrency_limits_hold_at_the_server(int perHost, int global, int expected)
    {
        _server.HoldUntilInFlight = expected; // no reply before the limit is reached, however slowly requests arrive
        var (fetcher, sends) = SendCounter.CreateFetcher(Fast with { MaxConcurrencyPerHost = perHost, MaxConcurrency = global });
        using var disposing = fetcher;

        var fetches = Enumerable.Range(0, 8).Select(i => fetcher.FetchAsync(_server.Url($"/busy/{i}"), Bounded)).ToArray();

        // No count of sends started is read here: once the server has its limit in flight it answers, slots free and
        // the next sends start on other threads, so a count taken now races them (seen at 5 of 2 on a loaded machine).
        // The server's own high-water mark below is the limit's proof: it holds every reply until the limit is in flight
        // (fewer would hang) and never sees more.
        var results = await Task.WhenAll(fetches).WithHangGuard("the eight fetches");
        Assert.Equal(8, results.Count(r => r.DecodeText() == "finally"));
        Assert.Equal(8, sends.Started);
        Assert.Equal(expected, _server.MaxInFlight);
    }

    [Fact]
    public async Task A_conditional_request_with_a_stored_etag_comes_back_not_modified()
    {
        var store = FetchStateStores.InMemory();
        using var fetcher = Fetcher(store: store);
        var url = _server.Url("/etag");

        var first = await fetcher.FetchAsync(new FetchRequest(url) { Conditional = true }, Bounded);
        var second = await fetcher.FetchAsync(new FetchRequest(url) { Conditional = true }, Bounded);
        var unconditional = await fetcher.FetchAsync(url, Bounded);

        Assert.Equal("version one", first.DecodeText());
        Assert.Equal(new FetchState("\"v1\"", "Mon, 05 Jan 2026 10:00:00 GMT"), await store.GetAsync(url, Bounded));
        Assert.True(second.NotModified);
        Assert.Equal(304, second.StatusCode);
        Assert.True(second.Body.IsEmpty);
        Assert.False(unconditional.NotModified);
        Assert.Equal([null, "\"v1\"", null], _server.Requests.Select(r => r.IfNoneMatch));
    }

    [Fact]
    public async Task The_json_file_store_remembers_validators_across_runs()
    {
        var dir = Directory.CreateTempSubdirectory("summarizer-fetch-state-").FullName;
        try
        {
            var path = Path.Combine(dir, "state", "fetch.json");
            var url = _server.Url("/etag");
            using (var firstState = FetchStateStores.JsonFile(path))
            using (var first = Fetcher(store: firstState))
            {
                await first.FetchAsync(new FetchRequest(url) { Conditional = true }, Bounded);
            }

            using var secondState = FetchStateStores.JsonFile(path);
            using var second = Fetcher(store: secondState);
            var result = await second.FetchAsync(new FetchRequest(url) { Conditional = true }, Bounded);

            Assert.True(result.NotModified);
            Assert.Contains("\\u0022v1\\u0022", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_304_confirms_the_stored_validators_so_a_pruning_store_keeps_them()
    {
        var dir = Directory.CreateTempSubdirectory("summarizer-fetch-state-").FullName;
        try
        {
            var clock = new FakeClock();
            using var store = FetchStateStores.JsonFile(Path.Combine(dir, "fetch.json"), clock, TimeSpan.FromDays(14));
            using var fetcher = Fetcher(time: clock, store: store);
            var url = _server.Url("/etag");
            var other = new Uri("https://news.example/other");
            await fetcher.FetchAsync(new FetchRequest(url) { Conditional = true }, Bounded);
            clock.Advance(TimeSpan.FromDays(10));

            Assert.True((await fetcher.FetchAsync(new FetchRequest(url) { Conditional = true }, Bounded)).NotModified);
            clock.Advance(TimeSpan.FromDays(10));
            await store.SetAsync(other, new FetchState("\"o\"", null), Bounded);

            using var reread = FetchStateStores.JsonFile(Path.Combine(dir, "fetch.json"), clock);
            Assert.Equal(new FetchState("\"v1\"", "Mon, 05 Jan 2026 10:00:00 GMT"), await reread.GetAsync(url, Bounded));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Decodes_text_in_the_declared_charset()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("/latin1"), Bounded);

        Assert.Equal("Caf\u00e9", result.DecodeText());
        Assert.Equal(Encoding.Latin1.GetBytes("Caf\u00e9"), result.Body.ToArray());
    }

    [Fact]
    public async Task Decodes_a_legacy_page_by_its_meta_charset()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("/legacy"), Bounded);

        Assert.Null(result.Charset);
        Assert.Contains("<p>\u201cQ\u201d \u20ac5</p>", result.DecodeText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range_name_the_field()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WebFetchers.Create(new FetchOptions { MaxConcurrencyPerHost = 0 }));

        Assert.Equal("MaxConcurrencyPerHost", ex.ParamName);
        Assert.StartsWith("MaxConcurrencyPerHost must be between 1 and 64.", ex.Message, StringComparison.Ordinal);
    }
}
