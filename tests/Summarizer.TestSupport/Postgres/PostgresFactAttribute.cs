using Xunit;

namespace Summarizer.TestSupport.Postgres;

/// <summary>
/// A fact that needs a real PostgreSQL server (a <see cref="ThrowawayPostgres"/> cluster): skipped, saying why,
/// where the binaries are missing, except on CI, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresBinaries.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
