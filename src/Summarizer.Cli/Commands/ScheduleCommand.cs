using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Cli.Composition;
using Summarizer.Cli.Configuration;
using Summarizer.Cli.Telemetry;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;
using Summarizer.Pipeline;
using Summarizer.Prompts;
using Summarizer.Rendering;
using Summarizer.Scheduling.Clustering;
using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Memory;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;
using Summarizer.Stories;
using Summarizer.Telemetry;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer schedule --config brief.yaml [--once]</c>: the daily brief. Runs until stopped (catching up
/// a missed run once at start), or once now with <c>--once</c> and the exit codes of <c>brief</c>.
/// </summary>
internal sealed class ScheduleCommand(CommonOptions common)
{
    private readonly Option<string> _config = new("--config") { Description = "The daily job's brief.yaml.", Required = true, HelpName = "PATH" };
    private readonly Option<bool> _once = new("--once") { Description = "Run now, write today's brief and exit (for cron, systemd timers, Kubernetes CronJobs)." };

    public Command Create(CliContext context)
    {
        var command = new Command("schedule", "Write a daily brief of the configured feeds, pages and folders on a cron schedule.") { _config, _once };
        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        DailyConfig config;
        SummarizerSettings settings;
        ScheduledRunnerOptions options;
        try
        {
            config = DailyConfigLoader.Load(context.ResolvePath(parse.GetValue(_config)!));
            options = JobStore.Options(config, context);
            settings = SettingsLoader.Load(context).OverriddenBy(new SummarizerSettings
            {
                Provider = config.Provider.Name,
                Model = config.Provider.Model,
                Endpoint = config.Provider.Endpoint,
                MaxArticleChars = config.MaxArticleChars,

                // Either file may allow an intranet; brief.yaml cannot forbid what summarizer.json allows.
                AllowPrivateNetworks = config.AllowPrivateNetworks ? true : null,
            });
            ValidSettings.Check(() => OptionsValidation.Validate(new InputReaderOptions { MaxArticleChars = settings.MaxArticleChars ?? new InputReaderOptions().MaxArticleChars }));
        }
        catch (Exception ex) when (ex is DailyConfigException or SettingsException or StoreException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageError;
        }

        try
        {
            return await RunJobAsync(parse, config, options, settings, context, cancellationToken);
        }
        catch (RunHistoryException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message} (move the file aside to start a new history; the briefs are not affected)");
            return ExitCodes.UsageError;
        }
        catch (StoreException ex)
        {
            // A newer schema, an unreachable database: nothing ran. The message shows the store without its password.
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }

    private async Task<int> RunJobAsync(ParseResult parse, DailyConfig config, ScheduledRunnerOptions options, SummarizerSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        using var logger = common.CreateLogger(parse, context);
        if (!parse.GetValue(_once))
        {
            await RunHostedAsync(config, options, settings, context, logger, cancellationToken);
            return cancellationToken.IsCancellationRequested ? ExitCodes.Cancelled : ExitCodes.Success;
        }

        using var loggers = new SerilogLoggerFactory(logger);
        using var telemetry = CommandTelemetry.Start(context);
        var job = new DailyJob(config, options.Store, settings, context, loggers, telemetry.Telemetry);
        using var runner = new ScheduledRunner(options, job.RunAsync, context.TimeProvider, loggers.CreateLogger<ScheduledRunner>());
        var outcome = await runner.RunOnceAsync(context.TimeProvider.GetUtcNow(), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (outcome.Message is { } message && outcome.Status is not RunStatus.Succeeded)
        {
            var hint = outcome.Status == RunStatus.Failed && job.LastFailureExitCode == ExitCodes.InternalError
                ? parse.GetValue(common.LogFile) is { } log ? $" (this is a bug; the stack trace is in {context.ResolvePath(log)})" : " (this is a bug; rerun with --log-file PATH for the stack trace)"
                : string.Empty;
            await context.Error.WriteLineAsync($"{(outcome.Status == RunStatus.Partial ? "warning" : "error")}: {message}{hint}");
        }

        return outcome.Status switch
        {
            RunStatus.Succeeded => ExitCodes.Success,
            RunStatus.Failed => job.LastFailureExitCode,
            _ => ExitCodes.SomeSourcesFailed, // partial, or skipped because another run holds the lock
        };
    }

    // The long-lived mode is a generic host with the runner as its one hosted service: the host's console
    // lifetime also stops it on SIGTERM/SIGINT/SIGQUIT, and stopping waits for the current run to end.
    // Serilog.Extensions.Hosting makes the CLI's Serilog logger the host's logging, so the job, the runner and
    // the host itself log through it.
    // With a shared store the runner's loop gives way to a Quartz cluster node: every worker started with the same
    // brief.yaml and store joins it, and each fire runs on exactly one of them.
    private static async Task RunHostedAsync(DailyConfig config, ScheduledRunnerOptions options, SummarizerSettings settings, CliContext context, Serilog.Core.Logger logger, CancellationToken cancellationToken)
    {
        var clustered = options.Store.IsShared;
        if (clustered)
        {
            // Creates or checks the schema before Quartz reads its tables: a newer schema stops here, exit 2.
            await using var state = await JobStates.OpenAsync(options.Store, options.OutputFolder, cancellationToken);
            logger.Information("Worker {Worker} joining the cluster on {Store}", options.Worker, options.Store.ToString());
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSerilog(logger);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        // OpenTelemetry.Extensions.Hosting: the export (when OTEL_EXPORTER_OTLP_ENDPOINT is set) starts and stops with the
        // host, which flushes it on the way out; our meter comes from the host's IMeterFactory.
        builder.Services.AddMetrics();
        if (context.Telemetry is { } given)
        {
            builder.Services.AddSingleton(given); // the test's: not the container's to dispose
        }
        else
        {
            builder.Services.AddSingleton(services => new SummarizerTelemetry(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        }

        OtlpExport.AddTo(builder, context.Environment);
        builder.Services.AddSingleton(services => new DailyJob(config, options.Store, settings, context, services.GetRequiredService<ILoggerFactory>(), services.GetRequiredService<SummarizerTelemetry>()));
        builder.Services.AddSingleton(services => new ScheduledRunner(
            options,
            services.GetRequiredService<DailyJob>().RunAsync,
            context.TimeProvider,
            services.GetRequiredService<ILogger<ScheduledRunner>>()));
        if (clustered)
        {
            builder.Services.AddDailyJobCluster(options);
        }
        else
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledRunner>());
        }

        using var host = builder.Build();
        var runner = host.Services.GetRequiredService<ScheduledRunner>();
        await host.StartAsync(cancellationToken);

        // The runner's loop can also end by itself (a schedule with no further fire times): then the host stops too.
        // A cluster node has no loop of its own: it runs until stopped.
        await (clustered ? host.WaitForShutdownAsync(cancellationToken) : Task.WhenAny(runner.ExecuteTask ?? Task.CompletedTask, host.WaitForShutdownAsync(cancellationToken)));
        await host.StopAsync(CancellationToken.None);
        if (runner.ExecuteTask is { IsFaulted: true } failed)
        {
            await failed; // the runner's own error (e.g. an unreadable history) reaches the caller as before
        }
    }

    /// <summary>One scheduled run: read the sources, group stories, summarize, write the day's folder atomically.</summary>
    private sealed class DailyJob(DailyConfig config, StoreSetting store, SummarizerSettings settings, CliContext context, ILoggerFactory loggers, SummarizerTelemetry telemetry)
    {
        private static readonly IDailyBriefRenderer[] Renderers = [new MarkdownDailyBriefRenderer(), new JsonDailyBriefRenderer(), new HtmlDailyBriefRenderer()];

        public int LastFailureExitCode { get; private set; } = ExitCodes.SomeSourcesFailed;

        public async Task<RunOutcome> RunAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
        {
            using var run = telemetry.StartRun("daily", EngineComposer.ProviderOf(settings), context.TimeProvider);
            try
            {
                // A fresh engine per run: usage and failures belong to that day only.
                // Articles summarized on earlier days are recalled, not sent to the model again; with a shared store
                // the memory and the model's replies are every worker's.
                await using var stores = await RunStores.OpenAsync(store, config.Output, context.TimeProvider, loggers, cancellationToken);
                await using var engine = EngineComposer.Compose(settings, loggers, context, telemetry, stores.MemoryFor, stores.Replies);
                var state = Path.Combine(config.Output, ".summarizer");
                using var fetchState = FetchStateStores.JsonFile(Path.Combine(state, "fetch-state.json"), context.TimeProvider);
                using var fetcher = WebFetchers.Create(new FetchOptions { AllowPrivateNetworks = settings.AllowPrivateNetworks == true }, context.TimeProvider, stateStore: fetchState, loggerFactory: loggers);
                var files = new InputReader(
                    new InputReaderOptions { BaseDirectory = Path.GetDirectoryName(config.ConfigPath), MaxArticleChars = settings.MaxArticleChars ?? new InputReaderOptions().MaxArticleChars },
                    () => TextReader.Null,
                    loggers.CreateLogger<InputReader>());
                var reader = new DailySourceReader(new DailySourceOptions { BaseDirectory = Path.GetDirectoryName(config.ConfigPath), FeedCacheDirectory = Path.Combine(state, "feeds") }, fetcher, files, context.TimeProvider, loggers.CreateLogger<DailySourceReader>());
                IngestionResult input;
                using (telemetry.StartStage("read"))
                {
                    input = await StageBoundary.RunAsync("read", () => reader.ReadAsync([.. config.Sources.Select(ToSpec)], config.Window, cancellationToken), cancellationToken);
                }

                var daily = await engine.Pipeline.RunDailyAsync(input, config.BriefDate(scheduledFor), StoryClusterers.Create(), null, cancellationToken);
                daily = PreviousBrief.Annotate(daily, config.Output);
                IReadOnlyList<string> written;
                using (telemetry.StartStage("render"))
                {
                    written = await StageBoundary.RunAsync("write", () => BriefWriter.WriteAsync(daily, config.BriefFolder(scheduledFor), Renderers, cancellationToken), cancellationToken);
                }

                loggers.CreateLogger<DailyJob>().LogInformation("Daily brief for {Date:yyyy-MM-dd}: {Stories} stor(ies) in {Folder}", daily.Date, daily.Stories.Count, Path.GetDirectoryName(written[0]));
                run.Complete(daily.Failures.Count + daily.Stories.Sum(s => s.Failures.Count));
                return RunOutcome.FromBrief(daily);
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
        }

        private static SourceSpec ToSpec(SourceConfig source) => source.Kind switch
        {
            SourceKind.Feed => new SourceSpec(Feed: source.Location),
            SourceKind.Folder => new SourceSpec(Folder: source.Location),
            _ => new SourceSpec(Url: source.Location),
        };
    }
}
