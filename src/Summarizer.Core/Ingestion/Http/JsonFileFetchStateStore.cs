using System.Text.Json;

namespace Summarizer.Ingestion.Http;

/// <summary>
/// <see cref="IFetchStateStore"/> in one JSON object keyed by URL (sorted, so the file diffs cleanly), with
/// the time each entry was last used so that stale entries can be dropped on save. Dispose it after the
/// fetcher that uses it.
/// </summary>
internal sealed class JsonFileFetchStateStore(string path, TimeProvider time, TimeSpan retention) : IFetchStateStore, IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SortedDictionary<string, Entry>? _entries;

    public async Task<FetchState?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var entries = await LoadAsync(cancellationToken);
            return entries.TryGetValue(url.AbsoluteUri, out var entry) ? new FetchState(entry.ETag, entry.LastModified) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SetAsync(Uri url, FetchState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var entries = await LoadAsync(cancellationToken);
            var now = time.GetUtcNow();
            entries[url.AbsoluteUri] = new Entry(state.ETag, state.LastModified, now);

            // Pruned on save, the one moment the file is rewritten anyway.
            var cutoff = now - retention;
            foreach (var stale in entries.Where(e => e.Value.LastUsed < cutoff).Select(e => e.Key).ToList())
            {
                entries.Remove(stale);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Write then rename, so a crash mid-write never leaves a truncated file for the next run.
            var temp = path + ".tmp";
            await using (var stream = File.Create(temp))
            {
                await JsonSerializer.SerializeAsync(stream, entries, Json, cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<SortedDictionary<string, Entry>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_entries is not null)
        {
            return _entries;
        }

        if (!File.Exists(path))
        {
            return _entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var loaded = await JsonSerializer.DeserializeAsync<Dictionary<string, Entry>>(stream, Json, cancellationToken) ?? [];

            // An entry from a file written before last-used times were kept gets a full retention from now,
            // rather than being dropped (or kept forever) on an upgrade.
            var now = time.GetUtcNow();
            return _entries = new SortedDictionary<string, Entry>(
                loaded.ToDictionary(e => e.Key, e => e.Value.LastUsed is null ? e.Value with { LastUsed = now } : e.Value, StringComparer.Ordinal),
                StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged state file only costs one unconditional fetch per URL; it is rewritten on the next save.
            return _entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        }
    }

    /// <summary>One URL's validators as stored; property names match the older format (ETag, LastModified).</summary>
    private sealed record Entry(string? ETag, string? LastModified, DateTimeOffset? LastUsed);
}
