using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;
using Summarizer.Cli.Configuration;
using Summarizer.Cli.Telemetry;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Scheduling.Clustering;
using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;
using Summarizer.Telemetry;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer schedule --config brief.yaml|FOLDER [--once]</c>: the daily briefs. Runs until stopped (catching up
/// a missed run once at start), or once now with <c>--once</c> and the exit codes of <c>brief</c>.
/// </summary>
internal sealed class ScheduleCommand(CommonOptions common)
{
    private readonly Option<string> _config = new("--config") { Description = "The daily job's brief.yaml, or a folder of them (one brief each, with its own output and cron).", Required = true, HelpName = "PATH" };
    private readonly Option<bool> _once = new("--once") { Description = "Run now, write today's brief and exit (for cron, systemd timers, Kubernetes CronJobs)." };

    public Command Create(CliContext context)
    {
        var command = new Command("schedule", "Write a daily brief of the configured feeds, pages and folders on a cron schedule.") { _config, _once };
        command.SetAction((parse, token) => RunAsync(parse, context, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<Brief> briefs;
        try
        {
            briefs = [.. DailyConfigLoader.LoadAll(context.ResolvePath(parse.GetValue(_config)!)).Select(config => Brief.Of(config, context))];
            if (briefs.Select(b => b.Options.Store.ConnectionString).Distinct(StringComparer.Ordinal).Skip(1).Any())
            {
                throw new StoreException("the briefs name different stores: one worker serves one store (give them the same store:, or set SUMMARIZER_STORE)");
            }
        }
        catch (Exception ex) when (ex is DailyConfigException or SettingsException or StoreException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageError;
        }

        // One data source and one schema check per store for the whole process, whatever the number of runs and stories.
        await using var connections = new StoreConnections();
        try
        {
            return await RunJobAsync(parse, briefs, connections, context, cancellationToken);
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

    private async Task<int> RunJobAsync(ParseResult parse, IReadOnlyList<Brief> briefs, StoreConnections connections, CliContext context, CancellationToken cancellationToken)
    {
        using var logger = common.CreateLogger(parse, context);
        if (!parse.GetValue(_once))
        {
            await RunHostedAsync(briefs, connections, context, logger, cancellationToken);
            return cancellationToken.IsCancellationRequested ? ExitCodes.Cancelled : ExitCodes.Success;
        }

        // Each brief once, one after another; the exit code is the worst of theirs.
        using var loggers = new SerilogLoggerFactory(logger);
        using var telemetry = CommandTelemetry.Start(context);
        var worst = ExitCodes.Success;
        foreach (var brief in briefs)
        {
            var code = await RunOnceAsync(parse, brief, briefs.Count > 1, connections, context, loggers, telemetry.Telemetry, cancellationToken);
            worst = Math.Max(worst, code);
        }

        return worst;
    }

    private async Task<int> RunOnceAsync(ParseResult parse, Brief brief, bool named, StoreConnections connections, CliContext context, SerilogLoggerFactory loggers, SummarizerTelemetry telemetry, CancellationToken cancellationToken)
    {
        var job = new DailyJob(brief.Config, brief.Options.Store, connections, brief.Settings, context, loggers, telemetry);
        using var runner = new ScheduledRunner(brief.Options, job.RunAsync, connections, context.TimeProvider, loggers.CreateLogger<ScheduledRunner>());
        var outcome = await runner.RunOnceAsync(context.TimeProvider.GetUtcNow(), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (outcome.Message is { } message && outcome.Status is not RunStatus.Succeeded)
        {
            var hint = outcome.Status == RunStatus.Failed && job.LastFailureExitCode == ExitCodes.InternalError
                ? parse.GetValue(common.LogFile) is { } log ? $" (this is a bug; the stack trace is in {context.ResolvePath(log)})" : " (this is a bug; rerun with --log-file PATH for the stack trace)"
                : string.Empty;
            var which = named ? Path.GetFileName(brief.Config.ConfigPath) + ": " : string.Empty;
            await context.Error.WriteLineAsync($"{(outcome.Status == RunStatus.Partial ? "warning" : "error")}: {which}{message}{hint}");
        }

        return outcome.Status switch
        {
            RunStatus.Succeeded => ExitCodes.Success,
            RunStatus.Failed => job.LastFailureExitCode,
            _ => ExitCodes.SomeSourcesFailed, // partial, or skipped because another run holds the lock
        };
    }

    // The long-lived mode is a generic host with one runner per brief as its hosted services: the host's console
    // lifetime also stops them on SIGTERM/SIGINT/SIGQUIT, and stopping waits for the current runs to end.
    // Serilog.Extensions.Hosting makes the CLI's Serilog logger the host's logging, so the jobs, the runners and
    // the host itself log through it.
    // With a shared store the runners' loops give way to a Quartz cluster node: every worker started with the same
    // briefs and store joins it, and each fire of each brief runs on exactly one of them.
    private static async Task RunHostedAsync(IReadOnlyList<Brief> briefs, StoreConnections connections, CliContext context, Serilog.Core.Logger logger, CancellationToken cancellationToken)
    {
        var first = briefs[0].Options;
        var clustered = first.Store.IsShared;
        PostgresStore? shared = null;
        if (clustered)
        {
            // Creates or checks the schema before Quartz reads its tables: a newer schema stops here, exit 2.
            shared = await connections.OpenAsync(first.Store, cancellationToken);
            logger.Information("Worker {Worker} joining the cluster on {Store} with {Briefs} brief(s)", first.Worker, first.Store.ToString(), briefs.Count);
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
        builder.Services.AddSingleton<IReadOnlyList<DailyJob>>(services => [.. briefs.Select(brief => new DailyJob(
            brief.Config,
            brief.Options.Store,
            connections,
            brief.Settings,
            context,
            services.GetRequiredService<ILoggerFactory>(),
            services.GetRequiredService<SummarizerTelemetry>(),
            services.GetService<StoryFanOut>()))]);
        builder.Services.AddSingleton(services => new BriefRunners([.. briefs.Zip(services.GetRequiredService<IReadOnlyList<DailyJob>>(), (brief, job) => new ScheduledRunner(
            brief.Options,
            job.RunAsync,
            connections,
            context.TimeProvider,
            services.GetRequiredService<ILogger<ScheduledRunner>>()))]));
        if (shared is not null)
        {
            // A worker takes stories of any worker's run: as many at once as a run of its own would summarize.
            builder.Services.AddSingleton(services => new BriefStories(briefs.Zip(services.GetRequiredService<IReadOnlyList<DailyJob>>()).ToDictionary(
                pair => DailyBriefTrigger.KeyOf(pair.First.Options.OutputFolder),
                pair => (StoryWork)pair.Second.RunStoryAsync,
                StringComparer.Ordinal)));
            builder.Services.AddDailyJobCluster(shared, first.Worker, briefs[0].Settings.Concurrency ?? new PipelineOptions().Concurrency, context.TimeProvider);
        }
        else
        {
            // Not AddHostedService: it would register the same implementation type once only.
            for (var i = 0; i < briefs.Count; i++)
            {
                var index = i;
                builder.Services.AddSingleton<IHostedService>(services => services.GetRequiredService<BriefRunners>().All[index]);
            }
        }

        using var host = builder.Build();
        var loops = host.Services.GetRequiredService<BriefRunners>().All;
        await host.StartAsync(cancellationToken);

        // A runner's loop can also end by itself (a schedule with no further fire times): when all have, or one
        // failed, the host stops too. A cluster node has no loop of its own: it runs until stopped.
        await (clustered ? host.WaitForShutdownAsync(cancellationToken) : Task.WhenAny(AllEndedOrOneFailedAsync([.. loops.Select(r => r.ExecuteTask ?? Task.CompletedTask)]), host.WaitForShutdownAsync(cancellationToken)));
        await host.StopAsync(CancellationToken.None);
        if (loops.FirstOrDefault(r => r.ExecuteTask is { IsFaulted: true })?.ExecuteTask is { } failed)
        {
            await failed; // the runner's own error (e.g. an unreadable history) reaches the caller as before
        }
    }

    private static async Task AllEndedOrOneFailedAsync(List<Task> loops)
    {
        while (loops.Count > 0)
        {
            var ended = await Task.WhenAny(loops);
            if (ended.IsFaulted)
            {
                return;
            }

            loops.Remove(ended);
        }
    }

    /// <summary>One brief.yaml with the runner options and engine settings it gives.</summary>
    private sealed record Brief(DailyConfig Config, ScheduledRunnerOptions Options, SummarizerSettings Settings)
    {
        public static Brief Of(DailyConfig config, CliContext context)
        {
            var settings = SettingsLoader.Load(context).OverriddenBy(new SummarizerSettings
            {
                Provider = config.Provider.Name,
                Model = config.Provider.Model,
                Endpoint = config.Provider.Endpoint,
                MaxArticleChars = config.MaxArticleChars,

                // Either file may allow an intranet; brief.yaml cannot forbid what summarizer.json allows.
                AllowPrivateNetworks = config.AllowPrivateNetworks ? true : null,
            });
            ValidSettings.Check(() => OptionsValidation.Validate(new InputReaderOptions { MaxArticleChars = settings.MaxArticleChars ?? new InputReaderOptions().MaxArticleChars }));
            return new Brief(config, JobStore.Options(config, context), settings);
        }
    }
}
