using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Npgsql;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Storage;

[Collection(SharedPostgres.Name)]
public sealed class PostgresReplyCacheTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly byte[] Reply = Encoding.UTF8.GetBytes("{\"summary\":\"The ferry resumed.\"}");

    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero));
    private PostgresStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), CancellationToken.None);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [PostgresFact]
    public async Task A_reply_one_worker_stored_is_read_by_another_and_replaced_and_removed_for_all()
    {
        var mine = new PostgresReplyCache(_store.DataSource, _time);
        await using var otherStore = await PostgresStore.OpenAsync(_store.Setting, CancellationToken.None);
        var theirs = new PostgresReplyCache(otherStore.DataSource, _time);

        await mine.SetAsync("k1", Reply, new DistributedCacheEntryOptions());
        var read = await theirs.GetAsync("k1");
        theirs.Set("k1", [1, 2, 3], new DistributedCacheEntryOptions());
        var replaced = mine.Get("k1");
        await theirs.RemoveAsync("k1");

        Assert.Equal(Reply, read);
        Assert.Equal([1, 2, 3], replaced);
        Assert.Null(await mine.GetAsync("k1"));
        Assert.Null(await mine.GetAsync("never-stored"));
    }

    [PostgresFact]
    public async Task An_absolute_expiry_ends_the_entry_and_a_sliding_one_moves_on_with_each_read()
    {
        var cache = new PostgresReplyCache(_store.DataSource, _time);
        await cache.SetAsync("absolute", Reply, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(2) });
        await cache.SetAsync("sliding", Reply, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });

        _time.Advance(TimeSpan.FromMinutes(50));
        Assert.NotNull(await cache.GetAsync("sliding")); // read: good for another hour from here
        _time.Advance(TimeSpan.FromMinutes(50));
        await cache.RefreshAsync("sliding");
        _time.Advance(TimeSpan.FromMinutes(50));
        var slidingAlive = await cache.GetAsync("sliding");
        var absoluteAlive = await cache.GetAsync("absolute"); // 2 h 30 after it was stored
        _time.Advance(TimeSpan.FromMinutes(61));

        Assert.NotNull(slidingAlive);
        Assert.Null(absoluteAlive);
        Assert.Null(await cache.GetAsync("sliding"));
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_a_store_failure_the_reply_cache_survives()
    {
        // Nothing listens on port 1 of the loopback address: the connection is refused at once.
        await using var unreachable = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        var cache = new PostgresReplyCache(unreachable, _time);

        var error = await Assert.ThrowsAsync<IOException>(() => cache.GetAsync("k1"));

        Assert.StartsWith("the shared store's reply cache failed", error.Message, StringComparison.Ordinal);
        Assert.Throws<IOException>(() => cache.Set("k1", Reply, new DistributedCacheEntryOptions()));
    }
}
