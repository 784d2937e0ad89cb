namespace Summarizer.Scheduling.Storage;

/// <summary>
/// The shared stores one process has open: one <see cref="PostgresStore"/> (one Npgsql data source, one schema check)
/// per connection string, however many runs and stories use it. Owned by whatever lives as long as the process's work
/// (the command, or a runner used on its own), which disposes it last.
/// </summary>
/// <remarks>
/// An open that failed (an unreachable database, a newer schema) is not kept: the next caller tries again and gets the
/// same clear error, rather than a store that was never checked.
/// </remarks>
internal sealed class StoreConnections : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<PostgresStore>> _open = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>The open store <paramref name="setting"/> names, connecting and migrating it the first time.</summary>
    /// <exception cref="StoreException">The store cannot be used.</exception>
    public async Task<PostgresStore> OpenAsync(StoreSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var key = setting.ConnectionString ?? throw new ArgumentException("not a PostgreSQL store", nameof(setting));
        Task<PostgresStore> opening;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_open.TryGetValue(key, out opening!))
            {
                opening = PostgresStore.OpenAsync(setting, cancellationToken);
                _open[key] = opening;
            }
        }

        try
        {
            return await opening;
        }
        catch
        {
            lock (_gate)
            {
                if (_open.TryGetValue(key, out var kept) && kept == opening)
                {
                    _open.Remove(key);
                }
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in Take())
        {
            await store.DisposeAsync();
        }
    }

    public void Dispose()
    {
        foreach (var store in Take())
        {
            store.DataSource.Dispose();
        }
    }

    // The stores that opened, each handed out once for disposal.
    private List<PostgresStore> Take()
    {
        lock (_gate)
        {
            _disposed = true;
            var opened = _open.Values.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).ToList();
            _open.Clear();
            return opened;
        }
    }
}
