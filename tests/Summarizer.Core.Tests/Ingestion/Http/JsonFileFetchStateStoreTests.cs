using Summarizer.Ingestion.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Http;

public sealed class JsonFileFetchStateStoreTests : IDisposable
{
    private static readonly Uri A = new("https://news.example/a");
    private static readonly Uri B = new("https://news.example/b");
    private static readonly Uri C = new("https://news.example/c");
    private static readonly FetchState Some = new("\"e1\"", "Mon, 05 Jan 2026 10:00:00 GMT");

    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-state-").FullName;
    private readonly FakeClock _time = new();

    private string StatePath => Path.Combine(_dir, "fetch-state.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private JsonFileFetchStateStore Store(TimeSpan? retention = null) => FetchStateStores.JsonFile(StatePath, _time, retention);

    private async Task<IReadOnlyList<Uri>> StoredAsync(params Uri[] urls)
    {
        using var fresh = Store();
        var kept = new List<Uri>();
        foreach (var url in urls)
        {
            if (await fresh.GetAsync(url, CancellationToken.None) is not null)
            {
                kept.Add(url);
            }
        }

        return kept;
    }

    [Fact]
    public async Task Entries_unused_for_longer_than_the_retention_are_dropped_when_the_store_is_saved()
    {
        using var store = Store();
        await store.SetAsync(A, Some, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(10));
        await store.SetAsync(B, Some, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(4));
        await store.SetAsync(C, Some, CancellationToken.None);

        Assert.Equal([A, B, C], await StoredAsync(A, B, C)); // A is exactly 14 days old: kept

        _time.Advance(TimeSpan.FromMinutes(1));
        await store.SetAsync(C, Some, CancellationToken.None);

        Assert.Equal([B, C], await StoredAsync(A, B, C));
        Assert.DoesNotContain(A.AbsoluteUri, await File.ReadAllTextAsync(StatePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storing_an_entry_again_renews_it()
    {
        using var store = Store();
        await store.SetAsync(A, Some, CancellationToken.None);
        await store.SetAsync(B, Some, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(10));
        await store.SetAsync(A, Some, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(10));
        await store.SetAsync(C, Some, CancellationToken.None);

        Assert.Equal([A, C], await StoredAsync(A, B, C));
    }

    [Fact]
    public async Task The_retention_is_an_option()
    {
        using var store = Store(TimeSpan.FromDays(2));
        await store.SetAsync(A, Some, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(3));
        await store.SetAsync(B, Some, CancellationToken.None);

        Assert.Equal([B], await StoredAsync(A, B));
    }

    [Fact]
    public async Task A_file_written_before_last_used_times_is_read_and_its_entries_get_a_full_retention()
    {
        await File.WriteAllTextAsync(StatePath, $$"""
            {
              "{{A.AbsoluteUri}}": { "ETag": "\"old\"", "LastModified": null },
              "{{B.AbsoluteUri}}": { "ETag": null, "LastModified": "Sun, 04 Jan 2026 08:00:00 GMT" }
            }
            """);
        using var store = Store();

        Assert.Equal(new FetchState("\"old\"", null), await store.GetAsync(A, CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(13));
        await store.SetAsync(C, Some, CancellationToken.None);
        Assert.Equal([A, B, C], await StoredAsync(A, B, C));
        Assert.Contains("\"LastUsed\"", await File.ReadAllTextAsync(StatePath), StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(2));
        await store.SetAsync(C, Some, CancellationToken.None);
        Assert.Equal([C], await StoredAsync(A, B, C));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3651 * 24)]
    public void A_retention_out_of_range_is_refused_naming_it(double hours)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Store(TimeSpan.FromHours(hours)));

        Assert.Equal("retention", ex.ParamName);
        Assert.Contains("between 1 hour and 3650 days", ex.Message, StringComparison.Ordinal);
    }
}
