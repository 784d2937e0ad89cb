using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Storage;

/// <summary>
/// A brief's fetch state in the shared store: the validators every worker sends and the feed copies it reads on a
/// 304, kept per brief and dropped once unused for the retention.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresFetchStateTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly Uri Feed = new("https://news.example/rss.xml");
    private readonly FakeClock _time = new();
    private PostgresStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), CancellationToken.None);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [PostgresFact]
    public async Task What_one_worker_stored_another_reads_and_another_brief_does_not()
    {
        var one = new PostgresFetchState(_store.DataSource, "/briefs/world", _time);
        var two = new PostgresFetchState(_store.DataSource, "/briefs/world", _time);
        IFeedCopyStore copies = new PostgresFetchState(_store.DataSource, "/briefs/world", _time);
        IFeedCopyStore otherBrief = new PostgresFetchState(_store.DataSource, "/briefs/tech", _time);

        await one.SetAsync(Feed, new FetchState("\"v1\"", null), CancellationToken.None);
        await one.SetAsync(Feed, new FetchState("\"v2\"", "Mon, 02 Mar 2026 05:00:00 GMT"), CancellationToken.None);
        await copies.PutAsync(Feed, [1, 2, 3], CancellationToken.None);

        Assert.Equal(new FetchState("\"v2\"", "Mon, 02 Mar 2026 05:00:00 GMT"), await two.GetAsync(Feed, CancellationToken.None));
        Assert.Null(await two.GetAsync(new Uri("https://news.example/other.xml"), CancellationToken.None));
        Assert.Equal([1, 2, 3], await copies.GetAsync(new Uri("https://news.example:443/rss.xml?utm_source=x"), CancellationToken.None)); // the same feed, canonically
        Assert.Null(await otherBrief.GetAsync(Feed, CancellationToken.None));
    }

    [PostgresFact]
    public async Task Copies_and_validators_unused_for_the_retention_are_pruned_and_a_confirmed_copy_is_kept()
    {
        var state = new PostgresFetchState(_store.DataSource, "/briefs/world", _time);
        IFeedCopyStore copies = state;
        var validators = state; // its own GetAsync is the validators'
        var dropped = new Uri("https://news.example/dropped.xml");
        await copies.PutAsync(Feed, [1], CancellationToken.None);
        await copies.PutAsync(dropped, [2], CancellationToken.None);
        await validators.SetAsync(Feed, new FetchState("\"a\"", null), CancellationToken.None);
        await validators.SetAsync(dropped, new FetchState("\"b\"", null), CancellationToken.None);

        _time.Advance(TimeSpan.FromDays(10));
        await copies.MarkUsedAsync(Feed, CancellationToken.None); // a 304 confirmed it
        await validators.SetAsync(Feed, new FetchState("\"a\"", null), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(5));
        await copies.PruneAsync(_time.GetUtcNow() - TimeSpan.FromDays(14), CancellationToken.None);

        Assert.Equal([1], await copies.GetAsync(Feed, CancellationToken.None));
        Assert.Null(await copies.GetAsync(dropped, CancellationToken.None));
        Assert.NotNull(await validators.GetAsync(Feed, CancellationToken.None));
        Assert.Null(await validators.GetAsync(dropped, CancellationToken.None));
    }
}
