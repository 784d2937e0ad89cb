using System.Globalization;
using Npgsql;
using Summarizer.Chat;

namespace Summarizer.Scheduling.Storage;

/// <summary>
/// The model's per-minute limits counted for every worker of a cluster together (<c>summarizer_rate_buckets</c>):
/// one row per bucket, refilled continuously. A request takes its permits in one statement, going into debt when
/// the bucket is short, and waits out the debt; so concurrent workers queue fairly and none waits on a lock.
/// </summary>
/// <remarks>
/// Times come from the workers' clocks (<see cref="TimeProvider"/>), which must agree roughly (NTP); a clock behind
/// the last refill adds nothing rather than taking permits back.
/// </remarks>
internal sealed class PostgresRateLimits(NpgsqlDataSource dataSource, TimeProvider timeProvider) : ISharedRateLimits
{
    public async Task AcquireAsync(string name, int permits, int perMinute, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        var wanted = Math.Clamp(permits, 1, perMinute);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO summarizer_rate_buckets AS b (name, tokens, refilled_at) VALUES ($1, $2 - $3, $4)
            ON CONFLICT (name) DO UPDATE SET
                tokens = LEAST($2, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM ($4 - b.refilled_at))) * $2 / 60.0) - $3,
                refilled_at = GREATEST(b.refilled_at, $4)
            RETURNING tokens
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (double)perMinute });
        command.Parameters.Add(new NpgsqlParameter { Value = (double)wanted });
        command.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow() });
        var left = Convert.ToDouble(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (left < 0)
        {
            // The permits are ours once the debt is refilled; rounded up so the call does not go a hair early.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(-left * 60_000.0 / perMinute)), timeProvider, cancellationToken);
        }
    }
}
