using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using Summarizer.Documents;
using Summarizer.Pipeline;

namespace Summarizer.Scheduling.Clustering;

/// <summary>One story of a fanned-out run as the store keeps it: its articles, and how it ended once a worker ran it.</summary>
internal sealed record StoryTask(int Story, string Brief, IReadOnlyList<CleanedArticle> Articles, StoryOutcome? Outcome);

/// <summary>
/// The stories of runs fanned out over the workers (<c>summarizer_stories</c>): the run's worker publishes them, any
/// worker's <see cref="StoryJob"/> runs one and stores its outcome, and the run's worker assembles the brief from
/// them. A run taken over after its worker died publishes the same stories again: those already done are kept.
/// </summary>
internal sealed class StoryTasks(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    /// <summary>
    /// A run ends by dropping its stories (<see cref="ForgetAsync"/>, written or failed); one whose every worker died and
    /// was never taken over cannot, so another run of the brief drops stories older than this. A run taken over later
    /// still publishes its stories again (only those done already are summarized anew, from the shared cache).
    /// </summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromDays(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>
    /// Stores the run's stories. A story stored before with the same articles keeps its outcome; one whose articles
    /// changed (the sources moved on before a takeover) starts again.
    /// </summary>
    public async Task PublishAsync(string runKey, string brief, IReadOnlyList<IReadOnlyList<CleanedArticle>> stories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var now = timeProvider.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < stories.Count; i++)
        {
            var articles = JsonSerializer.Serialize(stories[i], Json);
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO summarizer_stories (run_key, story, brief, input_hash, articles_json, created_at)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (run_key, story) DO UPDATE SET
                    brief = excluded.brief, input_hash = excluded.input_hash, articles_json = excluded.articles_json,
                    created_at = excluded.created_at, outcome_json = NULL, worker = NULL, ended_at = NULL
                WHERE summarizer_stories.input_hash <> excluded.input_hash
                """,
                connection,
                transaction);
            Add(command, runKey, i, brief, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articles))), articles, now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Fewer stories than an earlier attempt of the same run: the rest are not this run's any more.
        await using (var trim = new NpgsqlCommand("DELETE FROM summarizer_stories WHERE run_key = $1 AND story >= $2", connection, transaction))
        {
            Add(trim, runKey, stories.Count);
            await trim.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var abandoned = new NpgsqlCommand("DELETE FROM summarizer_stories WHERE brief = $1 AND run_key <> $2 AND created_at < $3", connection, transaction))
        {
            Add(abandoned, brief, runKey, now - Abandoned);
            await abandoned.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Which of the run's stories are done (index order), without loading their articles.</summary>
    public async Task<IReadOnlyList<bool>> DoneAsync(string runKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT outcome_json IS NOT NULL FROM summarizer_stories WHERE run_key = $1 ORDER BY story");
        Add(command, runKey);
        var done = new List<bool>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            done.Add(reader.GetBoolean(0));
        }

        return done;
    }

    /// <summary>One story with its articles, or null when the run no longer has it.</summary>
    public async Task<StoryTask?> LoadAsync(string runKey, int story, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT brief, articles_json, outcome_json FROM summarizer_stories WHERE run_key = $1 AND story = $2");
        Add(command, runKey, story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoryTask(story, reader.GetString(0), Deserialize<List<CleanedArticle>>(reader.GetString(1)), reader.IsDBNull(2) ? null : Deserialize<StoryOutcome>(reader.GetString(2)))
            : null;
    }

    /// <summary>Every outcome of the run in story order (null for a story not done yet).</summary>
    public async Task<IReadOnlyList<StoryOutcome?>> OutcomesAsync(string runKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT outcome_json FROM summarizer_stories WHERE run_key = $1 ORDER BY story");
        Add(command, runKey);
        var outcomes = new List<StoryOutcome?>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add(reader.IsDBNull(0) ? null : Deserialize<StoryOutcome>(reader.GetString(0)));
        }

        return outcomes;
    }

    /// <summary>Stores a story's outcome; the first one stored wins (a story run twice after a failover is stored once).</summary>
    /// <returns>True when this outcome was stored.</returns>
    public async Task<bool> CompleteAsync(string runKey, int story, StoryOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var command = dataSource.CreateCommand(
            "UPDATE summarizer_stories SET outcome_json = $3, worker = $4, ended_at = $5 WHERE run_key = $1 AND story = $2 AND outcome_json IS NULL");
        Add(command, runKey, story, JsonSerializer.Serialize(outcome, Json), (object?)outcome.Worker ?? DBNull.Value, timeProvider.GetUtcNow());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Drops a run's stories once its brief is written.</summary>
    public async Task ForgetAsync(string runKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM summarizer_stories WHERE run_key = $1");
        Add(command, runKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException("an empty story record in summarizer_stories");

    private static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
