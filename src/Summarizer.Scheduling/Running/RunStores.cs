using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Summarizer.Chat;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;
using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Memory;
using Summarizer.Scheduling.Storage;
using Summarizer.Summarization;

namespace Summarizer.Scheduling.Running;

/// <summary>
/// Where one daily run keeps what later runs reuse: the summary memory, the fetch state (validators and feed copies)
/// and what earlier briefs said, and with a shared store also the model reply cache and limits, so a day rerun on any
/// worker costs no model calls and a feed unchanged since any worker read it is not sent again. Without a shared
/// store these are the files beside the output as on one machine, and the replies stay in the connector's own
/// cache (<see cref="Replies"/> is null).
/// </summary>
internal sealed class RunStores : IDisposable
{
    private readonly PostgresStore? _shared;
    private readonly string _outputFolder;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggers;
    private readonly JsonFileFetchStateStore? _fetchFile;

    private RunStores(PostgresStore? shared, string outputFolder, TimeProvider timeProvider, ILoggerFactory loggers)
    {
        _shared = shared;
        _outputFolder = outputFolder;
        _timeProvider = timeProvider;
        _loggers = loggers;
        Replies = shared is null ? null : new PostgresReplyCache(shared.DataSource, timeProvider);
        Limits = shared is null ? null : new PostgresRateLimits(shared.DataSource, timeProvider);
        if (shared is null)
        {
            _fetchFile = FetchStateStores.JsonFile(Path.Combine(outputFolder, ".summarizer", "fetch-state.json"), timeProvider);
            FetchState = _fetchFile;
            Briefs = new FolderBriefIndex(outputFolder);
        }
        else
        {
            var brief = Path.GetFullPath(outputFolder); // the brief's key in the store, as in the run history
            var fetchState = new PostgresFetchState(shared.DataSource, brief, timeProvider);
            FetchState = fetchState;
            FeedCopies = fetchState;
            Briefs = new PostgresBriefIndex(shared.DataSource, brief, outputFolder);
        }
    }

    /// <summary>The model's per-minute limits shared by every worker, or null to count them in this process.</summary>
    public ISharedRateLimits? Limits { get; }

    /// <summary>The shared reply cache, or null for the connector's own.</summary>
    public IDistributedCache? Replies { get; }

    /// <summary>The validators each URL last answered with, for conditional requests.</summary>
    public IFetchStateStore FetchState { get; }

    /// <summary>The shared copies of the feeds, or null for the folder <see cref="FeedCacheFolder"/>.</summary>
    public IFeedCopyStore? FeedCopies { get; }

    /// <summary>The folder of feed copies on one machine.</summary>
    public string FeedCacheFolder => Path.Combine(_outputFolder, ".summarizer", "feeds");

    /// <summary>What earlier briefs said.</summary>
    public IBriefIndex Briefs { get; }

    /// <summary>
    /// Opens the stores <paramref name="store"/> names: a shared store through the process's
    /// <paramref name="connections"/> (connected and migrated once per process, not per run or story).
    /// </summary>
    /// <exception cref="StoreException">The shared store cannot be used.</exception>
    public static async Task<RunStores> OpenAsync(StoreSetting store, string outputFolder, StoreConnections connections, TimeProvider timeProvider, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(connections);
        var shared = store.IsShared ? await connections.OpenAsync(store, cancellationToken) : null;
        return new RunStores(shared, outputFolder, timeProvider, loggers);
    }

    /// <summary>The summary memory of the engine with this fingerprint (the caller disposes it when it is disposable).</summary>
    public ISummaryMemory MemoryFor(string engineFingerprint) => _shared is { } shared
        ? new PostgresSummaryMemory(shared.DataSource, engineFingerprint, new SummaryMemoryOptions(), _timeProvider, _loggers.CreateLogger<PostgresSummaryMemory>())
        : new SqliteSummaryMemory(SqliteSummaryMemory.PathFor(_outputFolder), engineFingerprint, new SummaryMemoryOptions(), _timeProvider, _loggers.CreateLogger<SqliteSummaryMemory>());

    // The shared store is the process's (its connections outlive the run).
    public void Dispose() => _fetchFile?.Dispose();
}
