using System.Text.Json;

namespace Summarizer.Ingestion.Http;

/// <summary>The validators a server gave for a URL, sent back on the next conditional request.</summary>
public sealed record FetchState(string? ETag, string? LastModified);

/// <summary>Remembers <see cref="FetchState"/> per URL between fetches (and, for the file store, between runs).</summary>
public interface IFetchStateStore
{
    Task<FetchState?> GetAsync(Uri url, CancellationToken cancellationToken);

    Task SetAsync(Uri url, FetchState state, CancellationToken cancellationToken);
}

/// <summary>Factories for <see cref="IFetchStateStore"/>.</summary>
public static class FetchStateStores
{
    /// <summary>A store that lives as long as the object: for one run, or for tests.</summary>
    public static IFetchStateStore InMemory() => new InMemoryFetchStateStore();

    /// <summary>A store kept in one JSON file (created on the first write), for a daily job that runs again tomorrow.</summary>
    public static IFetchStateStore JsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new JsonFileFetchStateStore(Path.GetFullPath(path));
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

internal sealed class JsonFileFetchStateStore(string path) : IFetchStateStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SortedDictionary<string, FetchState>? _states;

    public async Task<FetchState?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var states = await LoadAsync(cancellationToken);
            return states.GetValueOrDefault(url.AbsoluteUri);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SetAsync(Uri url, FetchState state, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var states = await LoadAsync(cancellationToken);
            states[url.AbsoluteUri] = state;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Write then rename, so a crash mid-write never leaves a truncated file for the next run.
            var temp = path + ".tmp";
            await using (var stream = File.Create(temp))
            {
                await JsonSerializer.SerializeAsync(stream, states, Json, cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SortedDictionary<string, FetchState>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_states is not null)
        {
            return _states;
        }

        if (!File.Exists(path))
        {
            return _states = new SortedDictionary<string, FetchState>(StringComparer.Ordinal);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var loaded = await JsonSerializer.DeserializeAsync<Dictionary<string, FetchState>>(stream, Json, cancellationToken);
            return _states = new SortedDictionary<string, FetchState>(loaded ?? [], StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged state file only costs one unconditional fetch per URL; it is rewritten on the next save.
            return _states = new SortedDictionary<string, FetchState>(StringComparer.Ordinal);
        }
    }
}
