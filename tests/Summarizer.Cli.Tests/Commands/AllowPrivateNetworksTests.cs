using System.Text.Json;
using Summarizer.Cli.Tests.Support;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Addresses on this machine or a private network are refused unless allowPrivateNetworks is set (flag,
/// summarizer.json or brief.yaml). The news server is on 127.0.0.1, the one address tests may reach.
/// </summary>
public sealed class AllowPrivateNetworksTests : IAsyncLifetime, IDisposable
{
    private const string Refusal = "refused: 127.0.0.1 is a loopback address; set allowPrivateNetworks (--allow-private-networks) to allow it";

    private readonly CliRun _cli = new();
    private NewsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await NewsServer.StartAsync();
        _server.Slow = false;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cli.Dispose();

    private string Ferry => new Uri(_server.FeedUrl, "/news/ferry").AbsoluteUri;

    // The lines the user is told to act on (log lines on stderr start with a level, like "WRN:").
    private static string[] ErrorLines(CliResult result) =>
        [.. result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal))];

    [Fact]
    public async Task Brief_refuses_a_loopback_page_by_default_with_one_line_naming_why()
    {
        var result = await _cli.RunAsync("brief", Ferry, "-q");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal([$"error: {Ferry}: {Refusal}"], ErrorLines(result));
        Assert.False(File.Exists(Path.Combine(_cli.OutDir, "brief.json")));
    }

    [Fact]
    public async Task Brief_with_the_flag_reads_the_page()
    {
        var result = await _cli.RunAsync("brief", Ferry, "--allow-private-networks", "--format", "json", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        var source = Assert.Single(JsonDocument.Parse(_cli.Read("brief-out/brief.json")).RootElement.GetProperty("sources").EnumerateArray());
        Assert.Equal("Ferry service to Wrenholm resumes", source.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Summarizer_json_can_allow_private_networks()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.WorkingDirectory, "summarizer.json"), """{ "allowPrivateNetworks": true }""");

        var brief = await _cli.RunAsync("brief", Ferry, "-q");
        var clean = await _cli.RunAsync("clean", Ferry);

        Assert.True(brief.ExitCode == 0, brief.Error);
        Assert.True(clean.ExitCode == 0, clean.Error);
        Assert.StartsWith("Ferry service to Wrenholm resumes", clean.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_takes_the_flag_too()
    {
        var refused = await _cli.RunAsync("clean", Ferry);
        var allowed = await _cli.RunAsync("clean", Ferry, "--allow-private-networks");

        Assert.Equal(3, refused.ExitCode);
        Assert.Equal([$"error: {Ferry}: {Refusal}"], ErrorLines(refused));
        Assert.True(allowed.ExitCode == 0, allowed.Error);
        Assert.Contains("six crossings a day", allowed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_daily_job_reads_a_loopback_feed_only_when_brief_yaml_allows_it(bool allow)
    {
        var config = Path.Combine(_cli.WorkingDirectory, "brief.yaml");
        await File.WriteAllTextAsync(config, $"""
            output: ./briefs
            schedule: {"{"} cron: "0 6 * * *" {"}"}
            sources:
              - feed: {_server.FeedUrl}
            {(allow ? "allowPrivateNetworks: true" : string.Empty)}
            """);

        var result = await _cli.RunAsync("schedule", "--config", config, "--once", "-q");

        if (allow)
        {
            Assert.True(result.ExitCode == 0, result.Error);
            var stories = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "briefs", "2026-01-06", "brief.json"))).RootElement.GetProperty("stories");
            Assert.Equal(2, stories.EnumerateArray().Sum(s => s.GetProperty("sources").GetArrayLength()));
        }
        else
        {
            Assert.Equal(3, result.ExitCode);
            Assert.Contains($"Feed {_server.FeedUrl} failed: {Refusal}", result.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(_cli.WorkingDirectory, "briefs", "2026-01-06")));
        }
    }
}
