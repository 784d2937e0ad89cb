using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Caching;

public sealed class CachingChatClientTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-cache-secret-abcdef";

    private readonly TempCacheDirectory _cache = new();
    private readonly FakeClock _time = new();
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cache.Dispose();

    private ConnectorOptions Options => new()
    {
        Endpoint = _server.BaseUrl,
        Model = "test-model",
        ApiKey = Key,
        CacheDirectory = _cache.Path,
        MaxRetries = 0,
    };

    private ConnectorStack NewRun(ConnectorOptions? options = null) =>
        ChatClientFactory.Create(options ?? Options, NullLoggerFactory.Instance, _time);

    private static ChatMessage[] Prompt(string article) => [new(ChatRole.System, "Summarize."), new(ChatRole.User, article)];

    [Fact]
    public async Task A_rerun_over_unchanged_inputs_makes_zero_model_calls()
    {
        string[] articles = ["Tram line 4 opens.", "Rain closes the fair.", "Museum adds a wing."];
        using (var first = NewRun())
        {
            foreach (var article in articles)
            {
                await first.Client.GetResponseAsync(Prompt(article), new ChatOptions().WithStage("summarize"));
            }
        }

        using var second = NewRun();
        var answers = new List<string>();
        foreach (var article in articles)
        {
            var response = await second.Client.GetResponseAsync(Prompt(article), new ChatOptions().WithStage("summarize"));
            answers.Add(response.Text);
            Assert.Equal(true, response.AdditionalProperties?[Connectors.Caching.ResponseCachingChatClient.CacheHitKey]);
        }

        Assert.Equal(3, _server.Requests.Count);
        Assert.All(answers, a => Assert.Equal("A default answer.", a));
        Assert.Equal(new Documents.UsageReport(0, 0, 0, 3, 0), second.Usage.Total);
    }

    [Fact]
    public async Task A_run_killed_half_way_resumes_from_what_was_cached()
    {
        string[] articles = ["Bridge A.", "Bridge B.", "Bridge C.", "Bridge D."];
        using (var killed = NewRun())
        {
            using var kill = new CancellationTokenSource();
            _server.Enqueue(FakeReply.Success("a"), FakeReply.Success("b"), FakeReply.Hang());
            await killed.Client.GetResponseAsync(Prompt(articles[0]));
            await killed.Client.GetResponseAsync(Prompt(articles[1]));
            var third = killed.Client.GetResponseAsync(Prompt(articles[2]), cancellationToken: kill.Token);
            await _server.WaitForRequestsAsync(3);
            await kill.CancelAsync(); // Ctrl+C while the third call is in flight
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
        }

        var before = _server.Requests.Count;
        using var resumed = NewRun();
        foreach (var article in articles)
        {
            await resumed.Client.GetResponseAsync(Prompt(article));
        }

        Assert.Equal(2, _server.Requests.Count - before); // only C and D
        Assert.Equal(2, resumed.Usage.Total.CacheHits);
        Assert.Equal(2, resumed.Usage.Total.ModelCalls);
    }

    [Fact]
    public async Task Bad_replies_are_not_cached()
    {
        _server.Enqueue(FakeReply.Truncated(), FakeReply.Success("Complete."));
        using var run = NewRun();

        await Assert.ThrowsAsync<ModelReplyException>(() => run.Client.GetResponseAsync(Prompt("Long article.")));
        var response = await run.Client.GetResponseAsync(Prompt("Long article."));

        Assert.Equal("Complete.", response.Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task The_no_cache_switch_bypasses_the_cache()
    {
        using var run = NewRun(Options with { CacheEnabled = false });

        await run.Client.GetResponseAsync(Prompt("Same article."));
        await run.Client.GetResponseAsync(Prompt("Same article."));

        Assert.Equal(2, _server.Requests.Count);
        Assert.False(Directory.Exists(_cache.Path));
    }

    [Fact]
    public async Task The_key_is_not_stored_in_the_cache()
    {
        using (var run = NewRun())
        {
            await run.Client.GetResponseAsync(Prompt("Parade route announced."));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var cache = await CacheFiles.ReadAllAsync(_cache.Path);
        Assert.Contains(cache, text => text.Contains("A default answer.", StringComparison.Ordinal)); // the reply was stored, so the key was not left out by storing nothing
        Assert.DoesNotContain(cache, text => text.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cache_file_that_is_not_a_database_is_kept_aside_and_a_new_cache_serves_the_run()
    {
        const string note = "this is not a database, it is a note";
        var cacheFile = Path.Combine(_cache.Path, Connectors.Caching.SqliteResponseStore.FileName);
        Directory.CreateDirectory(_cache.Path);
        await File.WriteAllTextAsync(cacheFile, note);
        using var logs = new CollectingLoggerProvider();
        using var loggers = logs.CreateFactory();
        using var run = ChatClientFactory.Create(Options, loggers, _time);

        var response = await run.Client.GetResponseAsync(Prompt("Harbour festival."));
        var again = await run.Client.GetResponseAsync(Prompt("Harbour festival."));

        Assert.Equal("A default answer.", response.Text);
        Assert.Equal(true, again.AdditionalProperties?[Connectors.Caching.ResponseCachingChatClient.CacheHitKey]); // the new cache works in this run
        Assert.Single(_server.Requests);
        Assert.Equal(note, await File.ReadAllTextAsync(cacheFile + ".unreadable"));
        Assert.Single(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(".unreadable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_cache_file_is_replaced_without_a_warning()
    {
        var cacheFile = Path.Combine(_cache.Path, Connectors.Caching.SqliteResponseStore.FileName);
        Directory.CreateDirectory(_cache.Path);
        await File.WriteAllBytesAsync(cacheFile, []);
        using var logs = new CollectingLoggerProvider();
        using var loggers = logs.CreateFactory();
        using var run = ChatClientFactory.Create(Options, loggers, _time);

        await run.Client.GetResponseAsync(Prompt("Harbour festival."));
        var again = await run.Client.GetResponseAsync(Prompt("Harbour festival."));

        Assert.Equal(true, again.AdditionalProperties?[Connectors.Caching.ResponseCachingChatClient.CacheHitKey]);
        Assert.Single(_server.Requests);
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cache_that_cannot_be_opened_costs_a_model_call_not_the_run()
    {
        // A directory where the cache file should be: SQLite cannot open it, and nothing can be set aside.
        Directory.CreateDirectory(Path.Combine(_cache.Path, Connectors.Caching.SqliteResponseStore.FileName));
        using var logs = new CollectingLoggerProvider();
        using var loggers = logs.CreateFactory();
        using var run = ChatClientFactory.Create(Options, loggers, _time);

        var response = await run.Client.GetResponseAsync(Prompt("Harbour festival."));
        await run.Client.GetResponseAsync(Prompt("Harbour festival."));

        Assert.Equal("A default answer.", response.Text);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Single(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("cannot be used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_runs_share_one_cache_safely()
    {
        using var runA = NewRun(Options with { Concurrency = 8 });
        using var runB = NewRun(Options with { Concurrency = 8 });
        var prompts = Enumerable.Range(0, 30).Select(i => Prompt($"Story number {i}.")).ToArray();

        var calls = prompts.SelectMany(p => new[] { runA.Client.GetResponseAsync(p), runB.Client.GetResponseAsync(p) });
        var responses = await Task.WhenAll(calls);

        Assert.All(responses, r => Assert.Equal("A default answer.", r.Text));
        using var runC = NewRun();
        foreach (var prompt in prompts)
        {
            await runC.Client.GetResponseAsync(prompt);
        }

        Assert.Equal(30, runC.Usage.Total.CacheHits);
        Assert.Equal(0, runC.Usage.Total.ModelCalls);
    }
}
