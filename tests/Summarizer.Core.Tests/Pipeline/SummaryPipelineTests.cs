using Summarizer.Chat;
using Summarizer.Core.Tests.Support;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Pipeline;

public class SummaryPipelineTests
{
    private static RawArticle Raw(string origin, string text) => new(origin, ContentKind.PlainText, text, ArticleMetadata.Empty);

    private static SummaryPipeline Build(FirstLineSummarizer? summarizer = null, CiteAllMerger? merger = null, TimeProvider? time = null) =>
        new SummaryPipelineBuilder()
            .UseCleaner(new PassThroughCleaner())
            .UseSummarizer(summarizer ?? new FirstLineSummarizer())
            .UseMerger(merger ?? new CiteAllMerger())
            .UseTimeProvider(time ?? new FakeClock())
            .UseOptions(new PipelineOptions { Concurrency = 2 })
            .Build();

    [Fact]
    public async Task Numbers_sources_in_input_order_and_cites_them()
    {
        var input = new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta."), Raw("c", "Gamma.")], []);

        var brief = await Build().RunAsync(input, null, CancellationToken.None);

        Assert.Equal([1, 2, 3], brief.Sources.Select(s => s.Article.Id));
        Assert.Equal(["Alpha.", "Beta.", "Gamma."], brief.Sources.Select(s => s.Summary!.Summary));
        Assert.Equal([1, 2, 3], brief.Merged!.KeyPoints[0].Sources);
        Assert.Equal(new FakeClock().GetUtcNow(), brief.GeneratedAt);
    }

    [Fact]
    public async Task A_failing_source_is_recorded_and_the_others_still_make_the_brief()
    {
        var summarizer = new FirstLineSummarizer();
        summarizer.FailFor.Add("b");
        var input = new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta."), Raw("c", "Gamma.")], [new Failure("x.bin", "ingest", "binary")]);

        var brief = await Build(summarizer).RunAsync(input, null, CancellationToken.None);

        Assert.Null(brief.Sources[1].Summary);
        Assert.Equal([("x.bin", "ingest"), ("b", "summarize")], brief.Failures.Select(f => (f.Source, f.Stage)));
        Assert.Equal([1, 3], brief.Merged!.KeyPoints[0].Sources);
    }

    [Fact]
    public async Task An_unusable_provider_stops_the_run()
    {
        var summarizer = new FirstLineSummarizer { Failure = _ => new ProviderUnusableException("401 Unauthorized") };
        summarizer.FailFor.Add("a");

        await Assert.ThrowsAsync<ProviderUnusableException>(() =>
            Build(summarizer).RunAsync(new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta.")], []), null, CancellationToken.None));
    }

    [Fact]
    public async Task Every_source_failing_means_the_provider_is_unusable()
    {
        var summarizer = new FirstLineSummarizer();
        summarizer.FailFor.UnionWith(["a", "b"]);

        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() =>
            Build(summarizer).RunAsync(new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta.")], []), null, CancellationToken.None));
        Assert.Contains("every source failed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_merge_still_gives_a_brief_with_the_failure()
    {
        var brief = await Build(merger: new CiteAllMerger { Fail = true })
            .RunAsync(new IngestionResult([Raw("a", "Alpha.")], []), null, CancellationToken.None);

        Assert.Null(brief.Merged);
        Assert.Equal("merge", Assert.Single(brief.Failures).Stage);
    }

    [Fact]
    public async Task No_usable_input_is_its_own_error_naming_the_first_problem()
    {
        var input = new IngestionResult([Raw("blank", "   ")], [new Failure("x.bin", "ingest", "binary")]);

        var ex = await Assert.ThrowsAsync<NoUsableInputException>(() => Build().RunAsync(input, null, CancellationToken.None));
        Assert.Contains("x.bin: binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Build().RunAsync(new IngestionResult([Raw("a", "Alpha.")], []), null, cts.Token));
    }

    [Fact]
    public async Task Reports_progress_through_every_stage()
    {
        var events = new List<PipelineProgress>();
        var progress = new SynchronousProgress(events.Add);

        await Build().RunAsync(new IngestionResult([Raw("a", "Alpha."), Raw("b", "Beta.")], []), progress, CancellationToken.None);

        Assert.Equal(
            [PipelineStage.Clean, PipelineStage.Summarize, PipelineStage.Merge, PipelineStage.Check, PipelineStage.Done],
            events.Select(e => e.Stage).Distinct());
        Assert.Contains(new PipelineProgress(PipelineStage.Summarize, 2, 2), events.Select(e => e with { Source = null }));
    }

    [Fact]
    public void Build_names_what_is_missing_and_validates_options()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => new SummaryPipelineBuilder().UseCleaner(new PassThroughCleaner()).Build());
        Assert.Contains("summarizer, merger", missing.Message, StringComparison.Ordinal);

        var invalid = Assert.Throws<ArgumentException>(() => new SummaryPipelineBuilder().UseOptions(new PipelineOptions { Concurrency = 0 }).Build());
        Assert.Contains("PipelineOptions.Concurrency", invalid.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        private readonly Lock _gate = new();

        public void Report(PipelineProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}

public class SameTextTests
{
    private static RawArticle Raw(string origin, string text) => new(origin, ContentKind.PlainText, text, ArticleMetadata.Empty);

    private static SummaryPipeline Build(FirstLineSummarizer summarizer) => FakePipelines.Build(summarizer);

    [Fact]
    public async Task An_article_with_the_same_text_as_another_is_summarized_once_and_keeps_its_own_number()
    {
        var summarizer = new FirstLineSummarizer();
        var pipeline = Build(summarizer);
        var input = new IngestionResult([Raw("wire", "Ferry resumes on Monday."), Raw("other", "Cycle lanes open."), Raw("reprint", "FERRY resumes on  Monday")], []);

        var brief = await pipeline.RunAsync(input, null, CancellationToken.None);

        Assert.Equal(["other", "wire"], summarizer.Summarized.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3], brief.Sources.Select(s => s.Summary!.SourceId));
        Assert.Equal(brief.Sources[0].Summary!.Summary, brief.Sources[2].Summary!.Summary);
    }

    [Fact]
    public async Task When_the_shared_summary_fails_each_copy_reports_the_failure()
    {
        var summarizer = new FirstLineSummarizer();
        summarizer.FailFor.Add("wire");
        var pipeline = Build(summarizer);
        var input = new IngestionResult([Raw("wire", "Ferry resumes."), Raw("other", "Lanes open."), Raw("reprint", "Ferry resumes.")], []);

        var brief = await pipeline.RunAsync(input, null, CancellationToken.None);

        Assert.Equal([("wire", "summarize"), ("reprint", "summarize")], brief.Failures.Select(f => (f.Source, f.Stage)));
        Assert.Null(brief.Sources[2].Summary);
    }
}
