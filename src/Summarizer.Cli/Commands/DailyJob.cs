using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Cli.Composition;
using Summarizer.Cli.Configuration;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;
using Summarizer.Pipeline;
using Summarizer.Prompts;
using Summarizer.Rendering;
using Summarizer.Documents;
using Summarizer.Scheduling.Clustering;
using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;
using Summarizer.Stories;
using Summarizer.Telemetry;

namespace Summarizer.Cli.Commands;

/// <summary>
/// One scheduled run: read the sources, group stories, summarize, write the day's folder atomically. On a worker of a
/// cluster (<paramref name="fanOut"/>) the run's stories are spread over the workers, and this worker also runs stories
/// of any worker's run of the same brief (<see cref="RunStoryAsync"/>).
/// </summary>
internal sealed class DailyJob(DailyConfig config, StoreSetting store, StoreConnections connections, SummarizerSettings settings, CliContext context, ILoggerFactory loggers, SummarizerTelemetry telemetry, StoryFanOut? fanOut = null)
{
    private static readonly IDailyBriefRenderer[] Renderers = [new MarkdownDailyBriefRenderer(), new JsonDailyBriefRenderer(), new HtmlDailyBriefRenderer()];

    public int LastFailureExitCode { get; private set; } = ExitCodes.SomeSourcesFailed;

    public async Task<RunOutcome> RunAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        using var run = telemetry.StartRun("daily", EngineComposer.ProviderOf(settings), context.TimeProvider);
        QuartzStoryDispatcher? stories = null;
        try
        {
            // A fresh engine per run: usage and failures belong to that day only.
            // Articles summarized on earlier days are recalled, not sent to the model again; with a shared store
            // the memory, the model's replies, the fetch state and the earlier briefs' sources are every worker's.
            using var stores = await RunStores.OpenAsync(store, config.Output, connections, context.TimeProvider, loggers, cancellationToken);
            await using var engine = EngineComposer.Compose(settings, loggers, context, telemetry, stores.MemoryFor, stores.Replies, stores.Limits);
            using var fetcher = WebFetchers.Create(new FetchOptions { AllowPrivateNetworks = settings.AllowPrivateNetworks == true }, context.TimeProvider, stateStore: stores.FetchState, loggerFactory: loggers);
            var files = new InputReader(
                new InputReaderOptions { BaseDirectory = Path.GetDirectoryName(config.ConfigPath), MaxArticleChars = settings.MaxArticleChars ?? new InputReaderOptions().MaxArticleChars },
                () => TextReader.Null,
                loggers.CreateLogger<InputReader>());
            var reader = new DailySourceReader(new DailySourceOptions { BaseDirectory = Path.GetDirectoryName(config.ConfigPath), FeedCacheDirectory = stores.FeedCacheFolder }, fetcher, files, context.TimeProvider, loggers.CreateLogger<DailySourceReader>(), stores.FeedCopies);
            IngestionResult input;
            using (telemetry.StartStage("read"))
            {
                input = await StageBoundary.RunAsync("read", () => reader.ReadAsync([.. config.Sources.Select(ToSpec)], config.Window, cancellationToken), cancellationToken);
            }

            stories = fanOut is null ? null : await fanOut.ForAsync(config.Output, scheduledFor, cancellationToken);
            var daily = await engine.Pipeline.RunDailyAsync(input, config.BriefDate(scheduledFor), StoryClusterers.Create(), stories, null, cancellationToken);
            daily = await stores.Briefs.AnnotateAsync(daily, cancellationToken);
            IReadOnlyList<string> written;
            using (telemetry.StartStage("render"))
            {
                written = await StageBoundary.RunAsync("write", () => BriefWriter.WriteAsync(daily, config.BriefFolder(scheduledFor), Renderers, cancellationToken), cancellationToken);
            }

            await stores.Briefs.RecordAsync(daily, cancellationToken);

            loggers.CreateLogger<DailyJob>().LogInformation("Daily brief for {Date:yyyy-MM-dd}: {Stories} stor(ies) in {Folder}", daily.Date, daily.Stories.Count, Path.GetDirectoryName(written[0]));
            run.Complete(daily.Failures.Count + daily.Stories.Sum(s => s.Failures.Count));
            return RunOutcome.FromBrief(daily) with { StoryWorkers = stories?.StoryWorkers };
        }
        catch (Exception ex) when (RunTelemetry.Failed(run, ex))
        {
            throw; // not reached: the filter only records the failure on the run
        }
        catch (NoUsableInputException ex)
        {
            LastFailureExitCode = ExitCodes.NoUsableInput;
            return RunOutcome.Failed(ex.Message);
        }
        catch (ProviderUnusableException ex)
        {
            LastFailureExitCode = ExitCodes.ProviderUnusable;
            return RunOutcome.Failed("model provider unusable: " + ex.Message);
        }
        catch (Exception ex) when (ex is SettingsException or PromptException or StoreException)
        {
            LastFailureExitCode = ExitCodes.UsageError;
            return RunOutcome.Failed(ex.Message);
        }
        catch (Exception ex) when (StageBoundary.IsBug(ex, cancellationToken))
        {
            // The runner records the run as failed with the message and logs the stack trace.
            LastFailureExitCode = ExitCodes.InternalError;
            throw;
        }
        finally
        {
            // The run ended, written or failed (a worker that dies is taken over instead, and ends here later): its
            // fanned-out stories are of no further use to anyone.
            if (stories is not null)
            {
                await stories.ForgetAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>One story of a run of this brief, fanned out to this worker: summarized with this brief's engine and stores.</summary>
    public async Task<Brief> RunStoryAsync(IReadOnlyList<CleanedArticle> story, CancellationToken cancellationToken)
    {
        using var stores = await RunStores.OpenAsync(store, config.Output, connections, context.TimeProvider, loggers, cancellationToken);
        await using var engine = EngineComposer.Compose(settings, loggers, context, telemetry, stores.MemoryFor, stores.Replies, stores.Limits);
        return await engine.Pipeline.RunDayStoryAsync(story, cancellationToken);
    }

    private static SourceSpec ToSpec(SourceConfig source) => source.Kind switch
    {
        SourceKind.Feed => new SourceSpec(Feed: source.Location),
        SourceKind.Folder => new SourceSpec(Folder: source.Location),
        _ => new SourceSpec(Url: source.Location),
    };
}
