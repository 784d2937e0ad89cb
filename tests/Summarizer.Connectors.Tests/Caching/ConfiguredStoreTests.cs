using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Summarizer.Connectors.Caching;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Caching;

/// <summary>
/// Which <see cref="IDistributedCache"/> holds the replies: one the application supplies, or the Redis server of
/// <see cref="ConnectorOptions.Redis"/> (no Redis runs here: a refused port on 127.0.0.1 stands for a server that is down).
/// </summary>
public sealed class ConfiguredStoreTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-store-secret-987654";
    private const string RedisPassword = "redis-pass-never-shown-42";

    // Port 1 on loopback: nothing listens, so the connection is refused at once and nothing leaves the machine.
    private const string DownRedis = "127.0.0.1:1,connectTimeout=500,connectRetry=1,password=" + RedisPassword;

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

    private static ChatMessage[] Prompt(string article) => [new(ChatRole.System, "Summarize."), new(ChatRole.User, article)];

    [Fact]
    public async Task A_supplied_cache_is_the_one_used_a_rerun_makes_no_calls_and_the_key_is_never_stored()
    {
        var store = new RecordingCache();
        string[] articles = ["Tram line 4 opens.", "Rain closes the fair."];
        for (var run = 0; run < 2; run++)
        {
            using var stack = ChatClientFactory.Create(Options, NullLoggerFactory.Instance, _time, cache: store);
            foreach (var article in articles)
            {
                Assert.Equal("A default answer.", (await stack.Client.GetResponseAsync(Prompt(article))).Text);
            }
        }

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(2, store.Entries.Count);
        Assert.All(store.Entries, e => Assert.Contains("A default answer.", e.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(store.Entries, e => e.Key.Contains(Key, StringComparison.Ordinal) || e.Value.Contains(Key, StringComparison.Ordinal));
        Assert.False(Directory.Exists(_cache.Path), "no SQLite file beside a supplied cache");
    }

    [Fact]
    public async Task A_configured_redis_server_is_the_store_used_and_when_it_is_down_the_run_goes_on()
    {
        using var logs = new CollectingLoggerProvider();
        using var loggers = logs.CreateFactory();
        using var stack = ChatClientFactory.Create(Options with { Redis = DownRedis }, loggers, _time);

        var first = await stack.Client.GetResponseAsync(Prompt("Harbour festival."));
        var second = await stack.Client.GetResponseAsync(Prompt("Harbour festival, day two."));

        Assert.Equal("A default answer.", first.Text);
        Assert.Equal("A default answer.", second.Text);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(logs.Lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("cache Redis 127.0.0.1:1", StringComparison.Ordinal));
        Assert.Single(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Redis 127.0.0.1:1", StringComparison.Ordinal) && l.Contains("cache", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_cache.Path), "the SQLite file is not used when Redis is configured");
        Assert.DoesNotContain(RedisPassword, logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redis_failure_is_a_store_failure_that_names_the_server_and_not_the_password()
    {
        using var store = new RedisResponseStore.StoreFailures(new ThrowingCache(), RedisResponseStore.Describe(DownRedis), _time);

        var error = await Assert.ThrowsAsync<IOException>(() => store.GetAsync("k"));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("UnableToConnect", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RedisPassword, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redis_server_that_could_not_be_reached_is_left_alone_for_a_while_then_asked_again()
    {
        var down = new ThrowingCache();
        using var store = new RedisResponseStore.StoreFailures(down, RedisResponseStore.Describe(DownRedis), _time);

        await Assert.ThrowsAsync<IOException>(() => store.GetAsync("a"));
        var skipped = await Assert.ThrowsAsync<IOException>(() => store.SetAsync("a", [1], new DistributedCacheEntryOptions()));
        Assert.Throws<IOException>(() => store.Get("b"));
        Assert.Equal(1, down.Calls);
        Assert.Contains("is down", skipped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RedisPassword, skipped.Message, StringComparison.Ordinal);

        _time.Advance(RedisResponseStore.StoreFailures.DownFor - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<IOException>(() => store.GetAsync("c"));
        Assert.Equal(1, down.Calls);

        _time.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<IOException>(() => store.GetAsync("d"));
        Assert.Equal(2, down.Calls);
    }

    [Fact]
    public async Task A_redis_error_that_is_not_a_lost_connection_does_not_mark_the_server_down()
    {
        var busy = new ThrowingCache(new RedisServerException("LOADING Redis is loading the dataset in memory"));
        using var store = new RedisResponseStore.StoreFailures(busy, RedisResponseStore.Describe(DownRedis), _time);

        await Assert.ThrowsAsync<IOException>(() => store.GetAsync("a"));
        await Assert.ThrowsAsync<IOException>(() => store.GetAsync("b"));

        Assert.Equal(2, busy.Calls);
    }

    [Fact]
    public void Redis_settings_are_checked_and_their_password_never_printed()
    {
        Assert.DoesNotContain(RedisPassword, (Options with { Redis = DownRedis }).ToString(), StringComparison.Ordinal);
        Assert.Empty((Options with { Redis = DownRedis }).GetErrors());

        var errors = (Options with { Redis = "password=" + RedisPassword }).GetErrors();

        Assert.Contains(errors, e => e.StartsWith("Redis:", StringComparison.Ordinal) && e.Contains("host:port", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains(RedisPassword, StringComparison.Ordinal));
    }

    /// <summary>An in-memory store that shows what was written to it, as text.</summary>
    private sealed class RecordingCache : IDistributedCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

        public Dictionary<string, string> Entries => _entries.ToDictionary(e => e.Key, e => Encoding.UTF8.GetString(e.Value));

        public byte[]? Get(string key) => _entries.GetValueOrDefault(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _entries[key] = value;

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Set(key, value, options);
            return Task.CompletedTask;
        }

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => _entries.TryRemove(key, out _);

        public Task RemoveAsync(string key, CancellationToken token = default)
        {
            Remove(key);
            return Task.CompletedTask;
        }
    }

    /// <summary>Fails as StackExchange.Redis does when no server answers (or with the error given), counting the calls that reach it.</summary>
    private sealed class ThrowingCache(RedisException? error = null) : IDistributedCache
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        private RedisException Down()
        {
            Interlocked.Increment(ref _calls);
            return error ?? new RedisConnectionException(ConnectionFailureType.UnableToConnect, "It was not possible to connect to the redis server(s)");
        }

        public byte[]? Get(string key) => throw Down();

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => throw Down();

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw Down();

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => throw Down();

        public void Refresh(string key) => throw Down();

        public Task RefreshAsync(string key, CancellationToken token = default) => throw Down();

        public void Remove(string key) => throw Down();

        public Task RemoveAsync(string key, CancellationToken token = default) => throw Down();
    }
}
