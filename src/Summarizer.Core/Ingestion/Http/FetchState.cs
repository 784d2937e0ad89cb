namespace Summarizer.Ingestion.Http;

/// <summary>The validators a server gave for a URL, sent back on the next conditional request.</summary>
internal sealed record FetchState(string? ETag, string? LastModified);

/// <summary>Remembers <see cref="FetchState"/> per URL between fetches (and, for the file store, between runs).</summary>
internal interface IFetchStateStore
{
    Task<FetchState?> GetAsync(Uri url, CancellationToken cancellationToken);

    Task SetAsync(Uri url, FetchState state, CancellationToken cancellationToken);
}

/// <summary>Factories for <see cref="IFetchStateStore"/>.</summary>
internal static class FetchStateStores
{
    /// <summary>A store that lives as long as the object: for one run, or for tests.</summary>
    public static IFetchStateStore InMemory() => new InMemoryFetchStateStore();

    /// <summary>How long the file store keeps a URL's validators after they were last stored or confirmed: 14 days.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(14);

    /// <summary>
    /// A store kept in one JSON file (created on the first write), for a daily job that runs again tomorrow.
    /// Each entry remembers when it was last stored or confirmed by a 304; entries unused for longer than
    /// <paramref name="retention"/> are dropped when the file is saved, so the file does not grow with every
    /// article ever fetched. Files written before entries carried that time are read, and their entries
    /// count as used when loaded. The caller owns the store: dispose it after the fetcher that uses it.
    /// </summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="timeProvider">Clock for the last-used times; null for <see cref="TimeProvider.System"/>.</param>
    /// <param name="retention">Null for <see cref="DefaultRetention"/>; between 1 hour and 3650 days.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retention"/> is out of range; the message names it.</exception>
    public static JsonFileFetchStateStore JsonFile(string path, TimeProvider? timeProvider = null, TimeSpan? retention = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var keep = retention ?? DefaultRetention;
        if (keep < TimeSpan.FromHours(1) || keep > TimeSpan.FromDays(3650))
        {
            throw new ArgumentOutOfRangeException(nameof(retention), keep, "retention must be between 1 hour and 3650 days.");
        }

        return new JsonFileFetchStateStore(Path.GetFullPath(path), timeProvider ?? TimeProvider.System, keep);
    }
}

internal sealed class InMemoryFetchStateStore : IFetchStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FetchState> _states = new(StringComparer.Ordinal);

    public Task<FetchState?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault(url.AbsoluteUri));
        }
    }

    public Task SetAsync(Uri url, FetchState state, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _states[url.AbsoluteUri] = state;
        }

        return Task.CompletedTask;
    }
}
