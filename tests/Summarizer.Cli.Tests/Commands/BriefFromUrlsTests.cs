using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

/// <summary><c>summarizer brief URL...</c>: article pages (and feeds' items) fetched and cleaned, failures one line each.</summary>
public sealed class BriefFromUrlsTests : IAsyncLifetime, IDisposable
{
    private readonly CliRun _cli = new(); // fake clock: no fetch here waits on it
    private NewsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await NewsServer.StartAsync();
        _server.Slow = false;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Pages_and_feeds_are_fetched_each_article_once_and_a_404_is_one_line()
    {
        var ferry = new Uri(_server.FeedUrl, "/news/ferry?utm_source=newsletter").AbsoluteUri;
        var library = new Uri(_server.FeedUrl, "/news/library").AbsoluteUri;
        var gone = new Uri(_server.FeedUrl, "/gone").AbsoluteUri;

        var result = await _cli.RunAsync("brief", ferry, gone, _server.FeedUrl.AbsoluteUri, library, "--format", "json", "-q", "--allow-private-networks");

        Assert.Equal(1, result.ExitCode);
        var brief = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement;
        var sources = brief.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["Ferry service to Wrenholm resumes", "Library extends opening hours"], sources.Select(s => s.GetProperty("title").GetString()));
        Assert.Equal(new Uri(_server.FeedUrl, "/news/ferry").AbsoluteUri, sources[0].GetProperty("url").GetString());
        Assert.Contains($"warning: {gone}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("a feed", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, sources.Count); // the feed lists the two pages given; each is read once
    }

    [Fact]
    public async Task A_saved_feed_file_gives_its_items_as_sources_not_one_xml_article()
    {
        var result = await _cli.RunAsync("brief", Summarizer.TestSupport.RepoPaths.Fixture("feeds/rss.xml"), "--format", "json", "-q");

        Assert.Equal(0, result.ExitCode);
        var sources = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(5, sources.Count);
        Assert.Equal("Ferry service resumes after storm repairs", sources[0].GetProperty("title").GetString());
        Assert.All(sources, s => Assert.Equal("Harbourton Daily", s.GetProperty("outlet").GetString()));
    }
}
