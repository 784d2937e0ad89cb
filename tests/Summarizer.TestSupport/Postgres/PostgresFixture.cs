using Xunit;

namespace Summarizer.TestSupport.Postgres;

/// <summary>
/// One <see cref="ThrowawayPostgres"/> cluster for a test collection, started on first use (so a run where every
/// PostgreSQL test is skipped starts nothing) and stopped and deleted when the collection ends. Each test takes
/// a database of its own from it.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly Lazy<Task<ThrowawayPostgres>> _cluster = new(ThrowawayPostgres.StartAsync);

    public Task<ThrowawayPostgres> ClusterAsync() => _cluster.Value;

    /// <summary>A new empty database's connection string.</summary>
    public async Task<string> CreateDatabaseAsync() => await (await ClusterAsync()).CreateDatabaseAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_cluster.IsValueCreated)
        {
            await (await _cluster.Value).DisposeAsync();
        }
    }
}
