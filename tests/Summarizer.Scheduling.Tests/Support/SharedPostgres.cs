using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Support;

/// <summary>The tests that share one throwaway PostgreSQL cluster (each with a database of its own); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
