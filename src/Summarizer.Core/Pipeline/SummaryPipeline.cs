using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Summarization;
using Summarizer.Merging;
using Summarizer.Telemetry;

namespace Summarizer.Pipeline;

/// <summary>
/// A built, immutable pipeline: Clean -> Summarize each source (concurrently, bounded) -> Merge -> Enrich.
/// Thread-safe and reusable; every run gets its own state.
/// </summary>
public sealed partial class SummaryPipeline
{
    private readonly PipelineStages _stages;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Func<UsageReport> _usage;
    private readonly ILogger<SummaryPipeline> _logger;
    private readonly SummarizerTelemetry? _telemetry;

    internal SummaryPipeline(PipelineStages stages, PipelineOptions options, TimeProvider timeProvider, Func<UsageReport> usage, ILogger<SummaryPipeline> logger, SummarizerTelemetry? telemetry)
    {
        _stages = stages;
        _options = options;
        _timeProvider = timeProvider;
        _usage = usage;
        _logger = logger;
        _telemetry = telemetry;
    }

    public PipelineOptions Options => _options;

    /// <summary>Runs every stage over what ingestion read.</summary>
    /// <exception cref="NoUsableInputException">Nothing was left to summarize.</exception>
    /// <exception cref="ProviderUnusableException">The model provider cannot be used; the run stops.</exception>
    /// <exception cref="StageFailedException">A stage hit a bug (not an <see cref="ExpectedFailure"/>); the run stops.</exception>
    public async Task<Brief> RunAsync(IngestionResult input, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var run = _telemetry?.StartRunIfNone("brief", _options.Provider, _timeProvider);
        try
        {
            var failures = new List<Failure>(input.Failures);
            var articles = Clean(input.Articles, failures, progress, cancellationToken);
            if (articles.Count == 0)
            {
                throw new NoUsableInputException(failures.Count == 0
                    ? "no usable input: no articles were given"
                    : $"no usable input: all {failures.Count} input(s) were skipped (first: {failures[0].Source}: {failures[0].Error})");
            }

            var brief = await RunStoryAsync(articles, failures, progress, cancellationToken);
            run?.Complete(brief.Failures.Count);
            return brief;
        }
        catch (Exception ex) when (RunTelemetry.Failed(run, ex))
        {
            throw; // not reached: the filter only records the failure
        }
    }

    // Everything after cleaning, for one story whose articles are numbered 1..n.
    private async Task<Brief> RunStoryAsync(List<CleanedArticle> articles, List<Failure> failures, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        SourceSummary?[] summaries;
        using (_telemetry?.StartStage("summarize"))
        {
            summaries = await StageBoundary.RunAsync("summarize", () => SummarizeAsync(articles, failures, progress, cancellationToken), cancellationToken);
        }

        if (summaries.All(s => s is null))
        {
            throw new ProviderUnusableException(ProviderUnusableReason.Unreachable, $"every source failed to summarize (first: {failures[^1].Error})");
        }

        progress?.Report(new PipelineProgress(PipelineStage.Merge, 0, 1));
        MergedSummary? merged;
        using (_telemetry?.StartStage("merge"))
        {
            merged = await StageBoundary.RunAsync("merge", () => MergeAsync(articles, summaries, failures, cancellationToken), cancellationToken);
        }

        progress?.Report(new PipelineProgress(PipelineStage.Merge, 1, 1));

        var brief = await AssembleAsync(articles, summaries, merged, failures, progress, cancellationToken);
        if (_options.Strict && brief.Checks.Ungrounded.Count > 0)
        {
            using (_telemetry?.StartStage("revise"))
            {
                brief = await StageBoundary.RunAsync("revise", () => ReviseAsync(brief, articles, summaries, merged, failures, progress, cancellationToken), cancellationToken);
            }
        }

        await RememberAsync(articles, summaries, cancellationToken);
        brief = brief with { Usage = _usage() };
        progress?.Report(new PipelineProgress(PipelineStage.Done, 1, 1));
        _logger.LogInformation(
            "Brief ready: {Sources} source(s), {KeyPoints} key point(s), {Failures} failure(s)",
            brief.Sources.Count,
            brief.Merged?.KeyPoints.Count ?? 0,
            brief.Failures.Count);
        return brief;
    }

    private async Task<Brief> AssembleAsync(
        List<CleanedArticle> articles,
        SourceSummary?[] summaries,
        MergedSummary? merged,
        List<Failure> failures,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var brief = new Brief(
            _timeProvider.GetUtcNow(),
            _options.Provider,
            _options.Model,
            [.. articles.Select((a, i) => new BriefSource(a, summaries[i], CopyOf: null))],
            merged,
            CheckReport.Empty,
            UsageReport.None,
            [.. failures]);
        progress?.Report(new PipelineProgress(PipelineStage.Check, 0, _stages.Enrichers.Count));
        using var stage = _telemetry?.StartStage("analyse");
        foreach (var enricher in _stages.Enrichers)
        {
            var before = brief;
            brief = await StageBoundary.RunAsync($"check ({enricher.GetType().Name})", () => enricher.EnrichAsync(before, cancellationToken), cancellationToken);
        }

        return brief;
    }

    // Strict mode: one rewrite of each summary that holds an ungrounded statement, then the checks run again.
    private async Task<Brief> ReviseAsync(
        Brief brief,
        List<CleanedArticle> articles,
        SourceSummary?[] summaries,
        MergedSummary? merged,
        List<Failure> failures,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var ungrounded = brief.Checks.Ungrounded;
        _logger.LogWarning("Strict mode: {Count} ungrounded statement(s); asking for one grounded rewrite", ungrounded.Count);
        var revised = false;
        if (_stages.Summarizer is IRevisingSourceSummarizer summarizer)
        {
            for (var i = 0; i < articles.Count; i++)
            {
                var problems = summaries[i] is { } summary ? ProblemsIn(ungrounded, [summary.Summary, .. summary.KeyPoints]) : [];
                if (problems.Count > 0)
                {
                    summaries[i] = await TryAsync(() => summarizer.ReviseAsync(articles[i], summaries[i]!, problems, cancellationToken), summaries[i]!, articles[i].Origin, failures, cancellationToken);
                    revised = true;
                }
            }
        }

        if (merged is not null && _stages.Merger is IRevisingStoryMerger merger)
        {
            var problems = ProblemsIn(ungrounded, [merged.Headline, merged.Summary, .. merged.KeyPoints.Select(c => c.Text), .. merged.SingleSource.Select(c => c.Text)]);
            if (problems.Count > 0)
            {
                var usable = articles.Where((_, i) => summaries[i] is not null).ToList();
                merged = await TryAsync(() => merger.ReviseAsync(usable, summaries.OfType<SourceSummary>().ToList(), merged, problems, cancellationToken), merged, "(all sources)", failures, cancellationToken);
                revised = true;
            }
        }

        if (!revised)
        {
            _logger.LogInformation("Strict mode: the engine cannot revise its output; the ungrounded statements stay reported");
            return brief;
        }

        return await AssembleAsync(articles, summaries, merged, failures, progress, cancellationToken);
    }

    // The problems that belong to one piece of generated text: each ungrounded token whose sentence it contains.
    private static List<string> ProblemsIn(IReadOnlyList<UngroundedToken> ungrounded, IEnumerable<string> texts)
    {
        var pieces = texts.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return [.. ungrounded
            .Where(u => pieces.Any(p => p.Contains(u.Text, StringComparison.Ordinal) || u.Text.Contains(p, StringComparison.Ordinal)))
            .Select(u => $"\"{u.Token}\" in: {u.Text}")
            .Distinct(StringComparer.Ordinal)];
    }

    private async Task<T> TryAsync<T>(Func<Task<T>> revise, T previous, string source, List<Failure> failures, CancellationToken cancellationToken)
    {
        try
        {
            return await revise();
        }
        catch (Exception ex) when (ExpectedFailure.Is(ex, cancellationToken))
        {
            // A failed rewrite keeps the first version; the check still reports what is ungrounded.
            _logger.LogError(ex, "Grounded rewrite for {Source} failed", source);
            failures.Add(new Failure(source, "revise", OneLine(ex)));
            return previous;
        }
    }

    private List<CleanedArticle> Clean(IReadOnlyList<RawArticle> raw, List<Failure> failures, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var articles = new List<CleanedArticle>(raw.Count);
        using var stage = _telemetry?.StartStage("clean");
        progress?.Report(new PipelineProgress(PipelineStage.Clean, 0, raw.Count));
        for (var i = 0; i < raw.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = raw[i];
            var cleaned = StageBoundary.Run("clean", () => _stages.Cleaner.Clean(article), cancellationToken);
            if (WordCount.Of(cleaned.Text) == 0)
            {
                failures.Add(new Failure(article.Origin, "clean", "no article text left after cleaning"));
                _logger.LogWarning("Skipped {Source}: no article text left after cleaning", article.Origin);
            }
            else
            {
                articles.Add(new CleanedArticle(
                    articles.Count + 1,
                    article.Origin,
                    cleaned.Title,
                    cleaned.Metadata,
                    cleaned.Text,
                    WordCount.Of(article.Content),
                    cleaned.Report));
                _logger.LogDebug("Cleaned {Source}: {Removals} removal(s)", article.Origin, cleaned.Report.Removals.Count);
            }

            progress?.Report(new PipelineProgress(PipelineStage.Clean, i + 1, raw.Count, article.Origin));
        }

        stage?.SetTag(TelemetryNames.Articles, articles.Count);
        _telemetry?.CurrentRun?.Activity?.SetTag(TelemetryNames.Articles, articles.Count);
        return articles;
    }

    private async Task<SourceSummary?[]> SummarizeAsync(
        List<CleanedArticle> articles,
        List<Failure> failures,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var summaries = new SourceSummary?[articles.Count];
        var sourceFailures = new Failure?[articles.Count];
        var firstWithText = SameText.FirstOfEach(articles);
        var completed = 0;
        progress?.Report(new PipelineProgress(PipelineStage.Summarize, 0, articles.Count));
        await Parallel.ForEachAsync(
            Enumerable.Range(0, articles.Count).Where(i => firstWithText[i] == i),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var article = articles[i];
                using var span = _telemetry?.StartSource(article.Id, article.Metadata.Outlet, article.CleanedWords);
                try
                {
                    var recalled = await RecallAsync(article, token);
                    span?.SetTag(TelemetryNames.SourceRecalled, recalled is not null);
                    summaries[i] = recalled ?? await _stages.Summarizer.SummarizeAsync(article, token);
                }
                catch (Exception ex) when (ExpectedFailure.Is(ex, token))
                {
                    // Policy: one source's expected failure is recorded and the others go on; a bug ends the run.
                    _logger.LogError(ex, "Summarizing source {SourceId} ({Source}) failed", article.Id, article.Origin);
                    sourceFailures[i] = new Failure(article.Origin, "summarize", OneLine(ex));
                    RunTelemetry.MarkFailed(span, ex);
                }

                progress?.Report(new PipelineProgress(PipelineStage.Summarize, Interlocked.Increment(ref completed), articles.Count, article.Origin));
            });

        // An article with the same text as an earlier one (a wire story run unchanged) costs no second call.
        for (var i = 0; i < articles.Count; i++)
        {
            var first = firstWithText[i];
            if (first != i)
            {
                _logger.LogInformation("Source {SourceId} has the same text as source {FirstId}: summarized once", articles[i].Id, articles[first].Id);
                summaries[i] = summaries[first] is { } summary ? summary with { SourceId = articles[i].Id } : null;
                sourceFailures[i] = sourceFailures[first] is { } failed ? failed with { Source = articles[i].Origin } : null;
                progress?.Report(new PipelineProgress(PipelineStage.Summarize, Interlocked.Increment(ref completed), articles.Count, articles[i].Origin));
            }
        }

        // Failures are added in source order so the brief is the same whatever order the calls finished in.
        failures.AddRange(sourceFailures.OfType<Failure>());
        return summaries;
    }

    private async Task<MergedSummary?> MergeAsync(
        List<CleanedArticle> articles,
        SourceSummary?[] summaries,
        List<Failure> failures,
        CancellationToken cancellationToken)
    {
        var summarized = articles.Where((_, i) => summaries[i] is not null).ToList();
        try
        {
            return await _stages.Merger.MergeAsync(summarized, summaries.OfType<SourceSummary>().ToList(), cancellationToken);
        }
        catch (Exception ex) when (ExpectedFailure.Is(ex, cancellationToken))
        {
            _logger.LogError(ex, "Merging {Sources} source(s) failed", summarized.Count);
            failures.Add(new Failure("(all sources)", "merge", OneLine(ex)));
            return null;
        }
    }

    private static string OneLine(Exception ex) =>
        ex.Message.ReplaceLineEndings(" ").Trim();
}
