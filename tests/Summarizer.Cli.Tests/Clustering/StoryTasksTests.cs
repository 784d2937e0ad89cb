using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Cli.Composition;
using Summarizer.Cli.Configuration;
using Summarizer.Cli.Tests.Support;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Rendering;
using Summarizer.Scheduling.Clustering;
using Summarizer.Scheduling.Storage;
using Summarizer.Stories;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Cli.Tests.Clustering;

/// <summary>
/// The stories of a fanned-out run as the store keeps them (<see cref="StoryTasks"/>): what a worker reads back and
/// stores is the whole story, so the brief assembled from it is the one the run would have written by itself.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class StoryTasksTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero));
    private PostgresStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), CancellationToken.None);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [PostgresFact]
    public async Task A_day_whose_stories_go_through_the_store_renders_exactly_as_the_day_run_in_one_process()
    {
        await using var engine = OfflineEngine();
        var input = await ReadDayAsync();

        var here = await engine.Pipeline.RunDailyAsync(input, Day, StoryClusterers.Create(), null, CancellationToken.None);
        var stored = new ThroughTheStore(new StoryTasks(_store.DataSource, _time), engine.Pipeline);
        var dispatched = await engine.Pipeline.RunDailyAsync(input, Day, StoryClusterers.Create(), stored, null, CancellationToken.None);

        Assert.True(stored.Stories > 1, $"{stored.Stories} story");
        IDailyBriefRenderer[] renderers = [new MarkdownDailyBriefRenderer(), new JsonDailyBriefRenderer(), new HtmlDailyBriefRenderer()];
        Assert.All(renderers, renderer => Assert.Equal(renderer.Render(here), renderer.Render(dispatched)));
    }

    [PostgresFact]
    public async Task A_run_published_again_keeps_the_stories_already_done_and_starts_over_those_whose_articles_changed()
    {
        var tasks = new StoryTasks(_store.DataSource, _time);
        IReadOnlyList<IReadOnlyList<CleanedArticle>> stories = [[Article("a", "Alpha rose.")], [Article("b", "Beta fell.")], [Article("c", "Gamma held.")]];
        await tasks.PublishAsync("run-1", "brief-x", stories, CancellationToken.None);
        var brief = new Brief(_time.GetUtcNow(), "local", null, [new BriefSource(stories[0][0], null, null)], null, CheckReport.Empty, UsageReport.None, []);
        Assert.True(await tasks.CompleteAsync("run-1", 0, StoryOutcome.Done(brief) with { Worker = "w1" }, CancellationToken.None));
        Assert.True(await tasks.CompleteAsync("run-1", 1, StoryOutcome.Done(brief) with { Worker = "w2" }, CancellationToken.None));
        Assert.False(await tasks.CompleteAsync("run-1", 1, StoryOutcome.Done(brief) with { Worker = "w3" }, CancellationToken.None));

        // Taken over after the sources moved on: the second story changed and a third is gone.
        await tasks.PublishAsync("run-1", "brief-x", [stories[0], [Article("b", "Beta fell further.")]], CancellationToken.None);

        Assert.Equal([true, false], await tasks.DoneAsync("run-1", CancellationToken.None));
        Assert.Equal("w1", (await tasks.LoadAsync("run-1", 0, CancellationToken.None))!.Outcome!.Worker);
        Assert.Equal("Beta fell further.", (await tasks.LoadAsync("run-1", 1, CancellationToken.None))!.Articles.Single().Text);
        Assert.Null(await tasks.LoadAsync("run-1", 2, CancellationToken.None));
        await tasks.ForgetAsync("run-1", CancellationToken.None);
        Assert.Empty(await tasks.DoneAsync("run-1", CancellationToken.None));
    }

    [PostgresFact]
    public async Task A_run_that_never_ended_has_its_stories_dropped_by_a_later_run_of_the_brief_and_no_other()
    {
        var tasks = new StoryTasks(_store.DataSource, _time);
        IReadOnlyList<IReadOnlyList<CleanedArticle>> stories = [[Article("a", "Alpha rose.")], [Article("b", "Beta fell.")]];
        await tasks.PublishAsync("world@monday", "brief-world", stories, CancellationToken.None); // its workers all died
        await tasks.PublishAsync("tech@monday", "brief-tech", stories, CancellationToken.None);
        _time.Advance(StoryTasks.Abandoned - TimeSpan.FromHours(1));
        await tasks.PublishAsync("world@tuesday", "brief-world", stories, CancellationToken.None);
        Assert.Equal([false, false], await tasks.DoneAsync("world@monday", CancellationToken.None)); // not long enough to be given up

        _time.Advance(TimeSpan.FromHours(2));
        await tasks.PublishAsync("world@wednesday", "brief-world", stories, CancellationToken.None);

        Assert.Empty(await tasks.DoneAsync("world@monday", CancellationToken.None));
        Assert.Equal([false, false], await tasks.DoneAsync("world@tuesday", CancellationToken.None));
        Assert.Equal([false, false], await tasks.DoneAsync("tech@monday", CancellationToken.None)); // another brief's, left to its own runs
    }

    private static CleanedArticle Article(string origin, string text) => new(0, origin, null, ArticleMetadata.Empty, text, 3, CleaningReport.Empty);

    private ComposedEngine OfflineEngine()
    {
        using var output = new StringWriter();
        var context = new CliContext(TextReader.Null, output, output, _ => null, RepoPaths.Root, _time, ErrorIsTerminal: false);
        return EngineComposer.Compose(new SummarizerSettings(), NullLoggerFactory.Instance, context, telemetry: null);
    }

    private static Task<IngestionResult> ReadDayAsync() =>
        new InputReader(new InputReaderOptions(), () => TextReader.Null, NullLogger<InputReader>.Instance).ReadAsync([RepoPaths.Fixture("day")], CancellationToken.None);

    /// <summary>Every story through the store and back, as between the run's worker and the one that takes it.</summary>
    private sealed class ThroughTheStore(StoryTasks tasks, SummaryPipeline worker) : IStoryDispatcher
    {
        public int Stories { get; private set; }

        public async Task<IReadOnlyList<StoryOutcome>> RunAsync(IReadOnlyList<IReadOnlyList<CleanedArticle>> stories, CancellationToken cancellationToken)
        {
            Stories = stories.Count;
            await tasks.PublishAsync("run-day", "brief-day", stories, cancellationToken);
            for (var i = 0; i < stories.Count; i++)
            {
                var task = await tasks.LoadAsync("run-day", i, cancellationToken);
                var brief = await worker.RunDayStoryAsync(task!.Articles, cancellationToken);
                await tasks.CompleteAsync("run-day", i, StoryOutcome.Done(brief) with { Worker = "w" + (i % 2) }, cancellationToken);
            }

            return [.. (await tasks.OutcomesAsync("run-day", cancellationToken)).Select(o => o!)];
        }
    }
}
