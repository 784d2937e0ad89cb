using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

/// <summary><c>summarizer brief URL...</c>: article pages fetched and cleaned beside files, failures one line each.</summary>
public sealed class BriefFromUrlsTests : IAsyncLifetime, IDisposable
{
    private readonly CliRun _cli = new() { UseSystemClock = true };
    private NewsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await NewsServer.StartAsync();
        _server.Slow = false;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Pages_are_fetched_and_summarized_and_a_404_or_a_feed_is_one_line_each()
    {
        var ferry = new Uri(_server.FeedUrl, "/news/ferry?utm_source=newsletter").AbsoluteUri;
        var library = new Uri(_server.FeedUrl, "/news/library").AbsoluteUri;
        var gone = new Uri(_server.FeedUrl, "/gone").AbsoluteUri;

        var result = await _cli.RunAsync("brief", ferry, gone, _server.FeedUrl.AbsoluteUri, library, "--format", "json", "-q");

        Assert.Equal(1, result.ExitCode);
        var brief = JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement;
        var sources = brief.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["Ferry service to Wrenholm resumes", "Library extends opening hours"], sources.Select(s => s.GetProperty("title").GetString()));
        Assert.Equal(new Uri(_server.FeedUrl, "/news/ferry").AbsoluteUri, sources[0].GetProperty("url").GetString());
        Assert.Contains($"warning: {gone}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
        Assert.Contains("a feed (application/rss+xml), not an article page", result.Error, StringComparison.Ordinal);
    }
}
