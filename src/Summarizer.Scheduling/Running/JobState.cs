using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Locking;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.Running;

/// <summary>
/// What a daily job keeps between runs and how its runs exclude each other: the run history and the run lock,
/// in SQLite and a file lock beside the output, or in the shared PostgreSQL store.
/// </summary>
internal interface IJobState : IAsyncDisposable
{
    IRunHistory History { get; }

    /// <summary>What holds the lock, for the message of a skipped run.</summary>
    string LockName { get; }

    /// <summary>Takes the run lock, or returns null at once when another run holds it.</summary>
    Task<IAsyncDisposable?> TryLockAsync(CancellationToken cancellationToken);
}

/// <summary>Opens the <see cref="IJobState"/> a <see cref="StoreSetting"/> names.</summary>
internal static class JobStates
{
    /// <summary>
    /// The state of the brief writing into <paramref name="outputFolder"/>. In the shared store the brief is known by
    /// that folder's absolute path, so workers must be given the same <c>output:</c> path.
    /// </summary>
    /// <remarks>A shared store comes from <paramref name="connections"/>, which owns it: disposing the state leaves it open.</remarks>
    public static async Task<IJobState> OpenAsync(StoreSetting store, string outputFolder, StoreConnections connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(connections);
        var folder = Path.GetFullPath(outputFolder);
        if (!store.IsShared)
        {
#pragma warning disable CA2000 // the state owns the history from here and disposes it
            return new SqliteJobState(await RunHistory.OpenAsync(folder, cancellationToken), folder);
#pragma warning restore CA2000
        }

        var shared = await connections.OpenAsync(store, cancellationToken);
        return new PostgresJobState(shared, folder);
    }

    private sealed class SqliteJobState(RunHistory history, string folder) : IJobState
    {
        public IRunHistory History => history;

        public string LockName => RunLock.PathFor(folder);

        public Task<IAsyncDisposable?> TryLockAsync(CancellationToken cancellationToken)
        {
#pragma warning disable CA2000 // the releaser owns the lock and the caller disposes the releaser
            var held = RunLock.TryAcquire(folder);
            return Task.FromResult<IAsyncDisposable?>(held is null ? null : new Releaser(held));
#pragma warning restore CA2000
        }

        public ValueTask DisposeAsync()
        {
            history.Dispose();
            return ValueTask.CompletedTask;
        }

        private sealed class Releaser(RunLock held) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                held.Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }

    private sealed class PostgresJobState(PostgresStore store, string brief) : IJobState
    {
        public IRunHistory History { get; } = new PostgresRunHistory(store.DataSource, brief);

        public string LockName => $"the shared store's run lock for {brief}";

        public async Task<IAsyncDisposable?> TryLockAsync(CancellationToken cancellationToken) =>
            await AdvisoryRunLock.TryAcquireAsync(store.DataSource, brief, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the store is the process's
    }
}
