using Summarizer.Chat;
using Summarizer.Core.Tests.Support;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Stories;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>A day's run (<see cref="SummaryPipeline.RunDailyAsync"/>): stories at once, in order, stopping on cancellation.</summary>
public sealed class DailyRunTests
{
    private static readonly DateOnly Day = new(2026, 1, 6);

    // Four stories of one article each: the clusterer below makes every article its own story, in input order.
    private static readonly IngestionResult FourStories = new([Raw("a", "Alpha."), Raw("b", "Beta."), Raw("c", "Gamma."), Raw("d", "Delta.")], []);

    private static RawArticle Raw(string origin, string text) => new(origin, ContentKind.PlainText, text, ArticleMetadata.Empty);

    private static SummaryPipeline Build(ISourceSummarizer summarizer, int concurrency) =>
        new SummaryPipelineBuilder()
            .UseCleaner(new PassThroughCleaner())
            .UseSummarizer(summarizer)
            .UseMerger(new CiteAllMerger())
            .UseTimeProvider(new FakeClock())
            .UseOptions(new PipelineOptions { Concurrency = concurrency })
            .Build();

    [Fact]
    public async Task Stories_are_summarized_at_once_up_to_the_concurrency_setting()
    {
        // Each call waits until two stories are in flight: run one after another, the first would wait for ever.
        var summarizer = new GatedSummarizer(openAt: 2);

        var daily = await Build(summarizer, concurrency: 2).RunDailyAsync(FourStories, Day, new OneStoryEach(), null, CancellationToken.None);

        Assert.Equal(2, summarizer.MostAtOnce);
        Assert.Equal(["Alpha.", "Beta.", "Gamma.", "Delta."], daily.Stories.Select(s => s.Sources.Single().Summary!.Summary));
    }

    [Fact]
    public async Task Stories_come_in_the_clusterers_order_whatever_order_they_finish_in()
    {
        // The call that starts first finishes last: it is released only once every other story is done.
        var summarizer = new GatedSummarizer(openAt: 4);

        var daily = await Build(summarizer, concurrency: 4).RunDailyAsync(FourStories, Day, new OneStoryEach(), null, CancellationToken.None);

        Assert.Equal(["a", "b", "c", "d"], daily.Stories.Select(s => s.Sources.Single().Article.Origin));
        Assert.Equal([1, 1, 1, 1], daily.Stories.Select(s => s.Sources.Single().Article.Id));
    }

    [Fact]
    public async Task A_later_story_whose_sources_all_fail_is_reported_while_a_failing_first_story_ends_the_day()
    {
        var laterFails = new FirstLineSummarizer { Failure = a => new ProviderUnusableException(ProviderUnusableReason.Unreachable, "down for " + a.Origin) };
        laterFails.FailFor.Add("c");
        var firstFails = new FirstLineSummarizer { Failure = a => new ProviderUnusableException(ProviderUnusableReason.Unreachable, "down for " + a.Origin) };
        firstFails.FailFor.Add("a");

        var daily = await Build(laterFails, concurrency: 4).RunDailyAsync(FourStories, Day, new OneStoryEach(), null, CancellationToken.None);
        await Assert.ThrowsAsync<ProviderUnusableException>(() =>
            Build(firstFails, concurrency: 4).RunDailyAsync(FourStories, Day, new OneStoryEach(), null, CancellationToken.None));

        Assert.Equal(["a", "b", "d"], daily.Stories.Select(s => s.Sources.Single().Article.Origin));
        Assert.Equal("story", Assert.Single(daily.Failures).Stage);
    }

    [Fact]
    public async Task Cancellation_during_a_story_stops_the_day_before_the_next_story()
    {
        using var cancellation = new CancellationTokenSource();
        var summarizer = new FirstLineSummarizer
        {
            Failure = _ =>
            {
                cancellation.Cancel();
                return new OperationCanceledException(cancellation.Token);
            },
        };
        summarizer.FailFor.Add("b");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Build(summarizer, concurrency: 1).RunDailyAsync(FourStories, Day, new OneStoryEach(), null, cancellation.Token));

        Assert.Equal(["a", "b"], summarizer.Summarized.Order());
    }

    [Fact]
    public async Task Cancellation_while_cleaning_stops_before_the_next_article_and_before_grouping()
    {
        using var cancellation = new CancellationTokenSource();
        var clusterer = new OneStoryEach();
        var progress = new Progress(e =>
        {
            if (e is { Stage: PipelineStage.Clean, Completed: 2 })
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Build(new FirstLineSummarizer(), concurrency: 1).RunDailyAsync(FourStories, Day, clusterer, progress, cancellation.Token));

        Assert.Equal([0, 1, 2], progress.Events.Where(e => e.Stage == PipelineStage.Clean).Select(e => e.Completed));
        Assert.False(clusterer.Called);
    }

    [Fact]
    public async Task A_day_reports_cleaning_grouping_and_stories_done_then_done()
    {
        var progress = new Progress(_ => { });

        await Build(new FirstLineSummarizer(), concurrency: 1).RunDailyAsync(FourStories, Day, new OneStoryEach(), progress, CancellationToken.None);

        Assert.Equal(
            [PipelineStage.Clean, PipelineStage.Group, PipelineStage.Stories, PipelineStage.Done],
            progress.Events.Select(e => e.Stage).Distinct());
        Assert.Equal([0, 4], progress.Events.Where(e => e.Stage == PipelineStage.Group).Select(e => e.Completed));
        Assert.Equal([0, 1, 2, 3, 4], progress.Events.Where(e => e.Stage == PipelineStage.Stories).Select(e => e.Completed));
        Assert.All(progress.Events.Where(e => e.Stage == PipelineStage.Stories), e => Assert.Equal(4, e.Total));
    }

    /// <summary>
    /// Holds each call until <c>openAt</c> calls are in flight (then lets them all go), and the first call until every
    /// other has finished; a guard ends a call that would wait for ever, so a broken pipeline fails instead of hanging.
    /// </summary>
    private sealed class GatedSummarizer(int openAt) : ISourceSummarizer
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _othersDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _gate = new();
        private int _inFlight;
        private int _started;
        private int _finished;

        public int MostAtOnce { get; private set; }

        public async Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken)
        {
            int order;
            lock (_gate)
            {
                order = ++_started;
                MostAtOnce = Math.Max(MostAtOnce, ++_inFlight);
                if (_inFlight >= openAt)
                {
                    _open.TrySetResult();
                }
            }

            await _open.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            if (order == 1 && openAt > 2)
            {
                await _othersDone.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }

            lock (_gate)
            {
                _inFlight--;
                if (order != 1 && ++_finished == openAt - 1)
                {
                    _othersDone.TrySetResult();
                }
            }

            return new SourceSummary(article.Id, article.Text, []);
        }
    }

    /// <summary>Records events as they are reported (no synchronisation context), and lets a test act on one.</summary>
    private sealed class Progress(Action<PipelineProgress> onReport) : IProgress<PipelineProgress>
    {
        public List<PipelineProgress> Events { get; } = [];

        public void Report(PipelineProgress value)
        {
            lock (Events)
            {
                Events.Add(value);
            }

            onReport(value);
        }
    }
}
