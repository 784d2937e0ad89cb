using System.Text.Json;
using Npgsql;
using Summarizer.Cli.Tests.Support;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Cli.Tests.Commands;

/// <summary>
/// Workers sharing a PostgreSQL store share the fetch state and what earlier briefs said: a worker whose disk never
/// saw the feed sends the validators another worker was given and reads the unchanged feed from the store's copy;
/// a worker whose disk never saw yesterday's brief still tells which sources are not new.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class SharedFetchStateTests(PostgresFixture postgres) : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-shared-fetch-").FullName;
    private NewsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await NewsServer.StartAsync();
        _server.Slow = false;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgresFact]
    public async Task A_worker_that_did_not_fetch_the_feed_sends_a_conditional_request_and_reads_the_stored_copy_on_304()
    {
        var store = await postgres.CreateDatabaseAsync();
        var config = await ConfigAsync(store);

        await RunWorkerAsync("desk-a", config);
        var first = await BriefJsonAsync();
        Directory.Delete(Path.Combine(_dir, "briefs"), recursive: true); // another machine: no fetch state, no feed copy on disk
        await RunWorkerAsync("desk-b", config);
        var second = await BriefJsonAsync();

        Assert.Equal(
            [(null, null, 200), (NewsServer.ETag, NewsServer.LastModified, 304)],
            _server.FeedRequests);
        Assert.Equal(Stories(first), Stories(second)); // the same feed items, read from the store's copy
        Assert.Equal(2, first.RootElement.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("sources").GetArrayLength()));
        Assert.False(File.Exists(Path.Combine(_dir, "briefs", ".summarizer", "fetch-state.json")), "the fetch state lives in the store");
        Assert.False(Directory.Exists(Path.Combine(_dir, "briefs", ".summarizer", "feeds")), "the feed copies live in the store");
    }

    [PostgresFact]
    public async Task A_worker_that_never_saw_yesterdays_brief_compares_with_what_the_store_recorded_of_it()
    {
        var store = await postgres.CreateDatabaseAsync();
        var config = await ConfigAsync(store);
        await RunWorkerAsync("desk-a", config);
        var day = DateOnly.Parse((await BriefJsonAsync()).RootElement.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // What desk-a recorded of its brief becomes yesterday's, and its disk is not desk-b's.
        await using (var connection = new NpgsqlConnection(store))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE summarizer_brief_sources SET day = day - 1 RETURNING day", connection);
            Assert.Equal(day.AddDays(-1), (DateOnly)(await command.ExecuteScalarAsync())!);
        }

        Directory.Delete(Path.Combine(_dir, "briefs"), recursive: true);
        await RunWorkerAsync("desk-b", config);
        using var brief = await BriefJsonAsync();

        Assert.Equal(day.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), brief.RootElement.GetProperty("previousBrief").GetString());
        Assert.All(brief.RootElement.GetProperty("stories").EnumerateArray(), story =>
            Assert.Equal(story.GetProperty("sources").GetArrayLength(), story.GetProperty("seenBefore").GetArrayLength()));
    }

    private async Task<string> ConfigAsync(string store)
    {
        var path = Path.Combine(_dir, "brief.yaml");
        await File.WriteAllTextAsync(path, $"""
            output: ./briefs
            window: 24h
            schedule: {"{"} cron: "0 6 * * *", timeZone: "UTC" {"}"}
            provider: {"{"} name: local {"}"}
            allowPrivateNetworks: true
            store: "{store}"
            sources:
              - feed: {_server.FeedUrl}
            """);
        return path;
    }

    private async Task RunWorkerAsync(string worker, string config)
    {
        using var child = ChildCli.StartWorker(_dir, worker, "schedule", "--config", config, "--once", "-q");
        var code = await child.WaitForExitAsync();
        Assert.True(code == 0, $"{worker}: exit {code}. stderr:\n{child.Error}");
    }

    private async Task<JsonDocument> BriefJsonAsync()
    {
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_dir, "briefs")), d => !Path.GetFileName(d).StartsWith('.'));
        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "brief.json")));
    }

    // Each story's source addresses, in order.
    private static List<string> Stories(JsonDocument brief) =>
        [.. brief.RootElement.GetProperty("stories").EnumerateArray().Select(s => string.Join(" ", s.GetProperty("sources").EnumerateArray().Select(x => x.GetProperty("url").GetString())))];
}
