using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Scheduling.Memory;
using Summarizer.Scheduling.Storage;
using Summarizer.Summarization;

namespace Summarizer.Scheduling.Running;

/// <summary>
/// Where one daily run keeps what later runs reuse: the summary memory, and with a shared store also the model reply
/// cache, so a day rerun on any worker costs no model calls. Without a shared store the memory is the SQLite file
/// beside the output and the replies stay in the connector's own cache (<see cref="Replies"/> is null).
/// </summary>
internal sealed class RunStores : IAsyncDisposable
{
    private readonly PostgresStore? _shared;
    private readonly string _outputFolder;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggers;

    private RunStores(PostgresStore? shared, string outputFolder, TimeProvider timeProvider, ILoggerFactory loggers)
    {
        _shared = shared;
        _outputFolder = outputFolder;
        _timeProvider = timeProvider;
        _loggers = loggers;
        Replies = shared is null ? null : new PostgresReplyCache(shared.DataSource, timeProvider);
        Limits = shared is null ? null : new PostgresRateLimits(shared.DataSource, timeProvider);
    }

    /// <summary>The model's per-minute limits shared by every worker, or null to count them in this process.</summary>
    public ISharedRateLimits? Limits { get; }

    /// <summary>The shared reply cache, or null for the connector's own.</summary>
    public IDistributedCache? Replies { get; }

    /// <summary>Opens the stores <paramref name="store"/> names (a shared store is migrated first).</summary>
    /// <exception cref="StoreException">The shared store cannot be used.</exception>
    public static async Task<RunStores> OpenAsync(StoreSetting store, string outputFolder, TimeProvider timeProvider, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var shared = store.IsShared ? await PostgresStore.OpenAsync(store, cancellationToken) : null;
        return new RunStores(shared, outputFolder, timeProvider, loggers);
    }

    /// <summary>The summary memory of the engine with this fingerprint (the caller disposes it when it is disposable).</summary>
    public ISummaryMemory MemoryFor(string engineFingerprint) => _shared is { } shared
        ? new PostgresSummaryMemory(shared.DataSource, engineFingerprint, new SummaryMemoryOptions(), _timeProvider, _loggers.CreateLogger<PostgresSummaryMemory>())
        : new SqliteSummaryMemory(SqliteSummaryMemory.PathFor(_outputFolder), engineFingerprint, new SummaryMemoryOptions(), _timeProvider, _loggers.CreateLogger<SqliteSummaryMemory>());

    public ValueTask DisposeAsync() => _shared?.DisposeAsync() ?? ValueTask.CompletedTask;
}
