using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Checking;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Merging;
using Summarizer.Summarization;
using Summarizer.Telemetry;

namespace Summarizer.Pipeline;

/// <summary>
/// Composes the stages of a run, then freezes them into an immutable, reusable <see cref="SummaryPipeline"/>.
/// Engines plug in through <c>UseXxx</c> extension methods in their own folders.
/// </summary>
public sealed class SummaryPipelineBuilder
{
    private IArticleCleaner? _cleaner;
    private ISourceSummarizer? _summarizer;
    private ISummaryMemory? _memory;
    private IStoryMerger? _merger;
    private readonly List<IBriefEnricher> _enrichers = [];
    private PipelineOptions _options = new();
    private TimeProvider _timeProvider = TimeProvider.System;
    private ILoggerFactory _loggerFactory = NullLoggerFactory.Instance;
    private Func<UsageReport> _usage = () => UsageReport.None;
    private SummarizerTelemetry? _telemetry;

    public SummaryPipelineBuilder UseCleaner(IArticleCleaner cleaner)
    {
        _cleaner = cleaner ?? throw new ArgumentNullException(nameof(cleaner));
        return this;
    }

    public SummaryPipelineBuilder UseSummarizer(ISourceSummarizer summarizer)
    {
        _summarizer = summarizer ?? throw new ArgumentNullException(nameof(summarizer));
        return this;
    }

    /// <summary>
    /// Reuses summaries written on earlier runs for articles seen again, and keeps this run's for later ones.
    /// A memory that fails is logged and bypassed: the article is summarized as if it were new.
    /// </summary>
    public SummaryPipelineBuilder UseSummaryMemory(ISummaryMemory memory)
    {
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
        return this;
    }

    public SummaryPipelineBuilder UseMerger(IStoryMerger merger)
    {
        _merger = merger ?? throw new ArgumentNullException(nameof(merger));
        return this;
    }

    /// <summary>
    /// Adds a step that completes the brief after the merge (agreement, checks); they run in order, except the
    /// grounding check (<c>UseGroundingCheck</c>), which always runs last, on the final brief.
    /// </summary>
    public SummaryPipelineBuilder UseEnricher(IBriefEnricher enricher)
    {
        _enrichers.Add(enricher ?? throw new ArgumentNullException(nameof(enricher)));
        return this;
    }

    public SummaryPipelineBuilder UseOptions(PipelineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public SummaryPipelineBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    public SummaryPipelineBuilder UseLoggerFactory(ILoggerFactory loggerFactory)
    {
        _loggerFactory = loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory));
        return this;
    }

    /// <summary>Where the run's model usage is read from when the brief is assembled.</summary>
    public SummaryPipelineBuilder UseUsage(Func<UsageReport> usage)
    {
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
        return this;
    }

    /// <summary>
    /// Reports runs, stages, stories and sources as spans of <paramref name="telemetry"/>, and run durations as its
    /// <c>summarizer.run.duration</c> histogram (see <see cref="SummarizerTelemetry"/>). Without it the pipeline reports nothing.
    /// </summary>
    public SummaryPipelineBuilder UseTelemetry(SummarizerTelemetry telemetry)
    {
        _telemetry = telemetry ?? throw new ArgumentNullException(nameof(telemetry));
        return this;
    }

    public SummaryPipeline Build()
    {
        OptionsValidation.Validate(_options);
        var missing = new[] { ("cleaner", _cleaner is null), ("summarizer", _summarizer is null), ("merger", _merger is null) }
            .Where(m => m.Item2).Select(m => m.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The pipeline has no {string.Join(", ", missing)}: call UseCleaner/UseSummarizer/UseMerger (or an engine's UseXxx) before Build().");
        }

        return new SummaryPipeline(
            // The grounding check judges the final brief: it runs after every other enricher, whatever the order of calls.
            new PipelineStages(_cleaner!, _summarizer!, _merger!, [.. _enrichers.Where(e => e is not GroundingEnricher), .. _enrichers.OfType<GroundingEnricher>()], _memory),
            _options,
            _timeProvider,
            _usage,
            _loggerFactory.CreateLogger<SummaryPipeline>(),
            _telemetry);
    }
}

/// <summary>The stages a built pipeline runs, frozen at Build().</summary>
internal sealed record PipelineStages(
    IArticleCleaner Cleaner,
    ISourceSummarizer Summarizer,
    IStoryMerger Merger,
    IReadOnlyList<IBriefEnricher> Enrichers,
    ISummaryMemory? Memory);
