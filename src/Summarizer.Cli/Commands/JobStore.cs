using Summarizer.Scheduling.Config;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Cli.Commands;

/// <summary>Where the daily job's state lives and what this worker is called, from brief.yaml and the environment.</summary>
internal static class JobStore
{
    /// <summary>
    /// <c>SUMMARIZER_STORE</c> when set (so a password can stay out of brief.yaml), else brief.yaml's <c>store:</c>.
    /// Throws <see cref="StoreException"/> for a value that is not a connection string.
    /// </summary>
    public static StoreSetting Of(DailyConfig config, CliContext context) =>
        context.Environment("SUMMARIZER_STORE") is { Length: > 0 } value ? StoreSetting.Parse(value) : config.Store;

    /// <summary><c>SUMMARIZER_WORKER</c>, else <c>host:pid</c>: this process's name in the history and the cluster.</summary>
    public static string Worker(CliContext context) =>
        context.Environment("SUMMARIZER_WORKER") is { } name && !string.IsNullOrWhiteSpace(name) ? name.Trim() : ScheduledRunnerOptions.DefaultWorker;

    /// <summary>The runner's options for <paramref name="config"/> with the store and worker name.</summary>
    public static ScheduledRunnerOptions Options(DailyConfig config, CliContext context) =>
        ScheduledRunnerOptions.FromConfig(config, context.TimeProvider) with { Store = Of(config, context), Worker = Worker(context) };
}
