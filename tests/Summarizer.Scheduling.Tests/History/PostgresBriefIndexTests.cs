using Npgsql;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.History;

/// <summary>
/// What earlier briefs said, in the shared store: recorded when a brief is written, compared with by a later day on
/// any worker, whatever its disk holds.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresBriefIndexTests(PostgresFixture postgres) : IAsyncLifetime, IDisposable
{
    private static readonly DateOnly Monday = new(2026, 1, 5);
    private readonly TempFolder _output = new();
    private PostgresStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), CancellationToken.None);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _output.Dispose();

    [PostgresFact]
    public async Task A_later_day_is_compared_with_the_latest_earlier_brief_recorded_in_the_store_not_with_the_disk()
    {
        var index = new PostgresBriefIndex(_store.DataSource, "/briefs/world", _output.Path);
        var monday = PreviousBriefTests.TodayBrief(Monday);
        await index.RecordAsync(monday with { Stories = [monday.Stories[0]] }, CancellationToken.None);
        await index.RecordAsync(monday with { Date = Monday.AddDays(-1), Stories = [monday.Stories[2]] }, CancellationToken.None);

        // A brief.json on this disk for Monday listing everything: the store, not the disk, is read.
        Directory.CreateDirectory(Path.Combine(_output.Path, "2026-01-05"));
        await File.WriteAllTextAsync(Path.Combine(_output.Path, "2026-01-05", "brief.json"), """{"stories":[{"sources":[{"url":"https://news.example/bridge","path":null}]}]}""");
        var tuesday = await index.AnnotateAsync(PreviousBriefTests.TodayBrief(Monday.AddDays(1)), CancellationToken.None);

        Assert.Equal(Monday, tuesday.PreviousDate);
        Assert.Equal([1, 2], tuesday.Stories[0].SeenBefore); // the ferry pages Monday listed (one under another tracking query)
        Assert.Empty(tuesday.Stories[2].SeenBefore); // Sunday listed the bridge; Monday, the latest, did not
        var other = await new PostgresBriefIndex(_store.DataSource, "/briefs/tech", _output.Path).AnnotateAsync(PreviousBriefTests.TodayBrief(Monday.AddDays(1)), CancellationToken.None);
        Assert.Equal(Monday, other.PreviousDate); // another brief has no day in the store: its disk is read instead
        Assert.Equal([1], other.Stories[2].SeenBefore);
    }

    [PostgresFact]
    public async Task Recording_a_day_again_replaces_it_and_days_long_before_the_latest_are_dropped()
    {
        var index = new PostgresBriefIndex(_store.DataSource, "/briefs/world", _output.Path);
        var brief = PreviousBriefTests.TodayBrief(Monday);
        await index.RecordAsync(brief with { Date = Monday.AddDays(-PostgresBriefIndex.Kept - 1) }, CancellationToken.None);
        await index.RecordAsync(brief with { Date = Monday.AddDays(-PostgresBriefIndex.Kept) }, CancellationToken.None);
        await index.RecordAsync(brief with { Stories = [brief.Stories[2]] }, CancellationToken.None);
        await index.RecordAsync(brief, CancellationToken.None);

        Assert.Equal([Monday.AddDays(-PostgresBriefIndex.Kept), Monday], await DaysAsync());
        var tuesday = await index.AnnotateAsync(PreviousBriefTests.TodayBrief(Monday.AddDays(1)), CancellationToken.None);
        Assert.All(tuesday.Stories, story => Assert.Equal(story.Sources.Count, story.SeenBefore.Count));
    }

    private async Task<List<DateOnly>> DaysAsync()
    {
        await using var command = _store.DataSource.CreateCommand("SELECT day FROM summarizer_brief_sources ORDER BY day");
        await using var reader = await command.ExecuteReaderAsync();
        var days = new List<DateOnly>();
        while (await reader.ReadAsync())
        {
            days.Add(reader.GetFieldValue<DateOnly>(0));
        }

        return days;
    }
}
