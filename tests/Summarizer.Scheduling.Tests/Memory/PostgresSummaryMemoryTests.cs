using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Scheduling.Memory;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Memory;

[Collection(SharedPostgres.Name)]
public sealed class PostgresSummaryMemoryTests(PostgresFixture postgres) : SummaryMemoryContract, IAsyncLifetime
{
    private PostgresStore? _store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [PostgresFact]
    public Task Recalls_the_same_article_under_a_changed_tracking_query_renumbered_by_the_caller() => Check_Recalls_the_same_article_under_a_changed_tracking_query_renumbered_by_the_caller();

    [PostgresFact]
    public Task Recalls_the_same_text_under_another_address() => Check_Recalls_the_same_text_under_another_address();

    [PostgresFact]
    public Task An_article_whose_text_changed_is_not_recalled() => Check_An_article_whose_text_changed_is_not_recalled();

    [PostgresFact]
    public Task Another_engine_never_reuses_the_summaries() => Check_Another_engine_never_reuses_the_summaries();

    [PostgresFact]
    public Task Entries_unused_for_longer_than_the_retention_are_dropped_and_used_ones_kept() => Check_Entries_unused_for_longer_than_the_retention_are_dropped_and_used_ones_kept();

    [PostgresFact]
    public async Task A_summary_one_worker_remembered_is_recalled_by_another_with_its_own_connection()
    {
        var first = await OpenAsync();
        await first.RememberAsync(Article("https://news.example/ferry"), Written, CancellationToken.None);

        // Another worker: its own store connection to the same database.
        await using var other = await PostgresStore.OpenAsync(_store!.Setting, CancellationToken.None);
        var recalled = await new PostgresSummaryMemory(other.DataSource, Engine, new SummaryMemoryOptions(), Time, NullLogger<PostgresSummaryMemory>.Instance)
            .RecallAsync(Article("https://news.example/ferry?utm_source=rss"), CancellationToken.None);

        Assert.Equal(Written.Summary, recalled?.Summary);
    }

    private protected override async Task<DisposableMemory> OpenAsync(string engine = Engine)
    {
        _store ??= await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), CancellationToken.None);
        return new DisposableMemory(new PostgresSummaryMemory(_store.DataSource, engine, new SummaryMemoryOptions(), Time, NullLogger<PostgresSummaryMemory>.Instance), owner: null);
    }
}
