using Microsoft.Extensions.Logging;
using Npgsql;
using Summarizer.Documents;
using Summarizer.Pipeline;
using Summarizer.Summarization;

namespace Summarizer.Scheduling.Memory;

/// <summary>
/// The summary memory of workers sharing a PostgreSQL store (<c>summarizer_summaries</c>): an article one worker
/// summarized is recalled by every other, by canonical URL or by text, as <see cref="SqliteSummaryMemory"/> does
/// for one machine. Entries belong to one engine fingerprint; those unused for the retention are dropped on first use.
/// </summary>
internal sealed class PostgresSummaryMemory : ISummaryMemory
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _engine;
    private readonly SummaryMemoryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PostgresSummaryMemory> _logger;
    private int _pruneStarted;

    /// <param name="dataSource">The shared store's connections (its schema already migrated); not owned.</param>
    /// <param name="engineFingerprint">What wrote the summaries; only the same engine reuses them.</param>
    public PostgresSummaryMemory(NpgsqlDataSource dataSource, string engineFingerprint, SummaryMemoryOptions options, TimeProvider timeProvider, ILogger<PostgresSummaryMemory> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(engineFingerprint);
        _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
        _engine = engineFingerprint;
        _options = OptionsValidation.Validate(options ?? throw new ArgumentNullException(nameof(options)));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await PruneOnceAsync(cancellationToken);
        var identity = ArticleIdentity.Of(article);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var key in SummaryEntries.Keys(identity))
        {
            await using var command = new NpgsqlCommand("SELECT content_hash, summary_json, first_seen FROM summarizer_summaries WHERE engine = $1 AND key = $2", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = _engine });
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                continue;
            }

            if (SummaryEntries.Recalled(article, identity, reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), _logger) is { } summary)
            {
                return summary;
            }
        }

        return null;
    }

    public async Task RememberAsync(CleanedArticle article, SourceSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var identity = ArticleIdentity.Of(article);
        var json = SummaryEntries.Serialize(summary);
        var now = _timeProvider.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var key in SummaryEntries.Keys(identity))
        {
            // A changed article replaces its entry (and starts a new first_seen); an unchanged one is only touched.
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO summarizer_summaries (engine, key, content_hash, summary_json, first_seen, last_used)
                VALUES ($1, $2, $3, $4, $5, $5)
                ON CONFLICT (engine, key) DO UPDATE SET
                    first_seen = CASE WHEN summarizer_summaries.content_hash = excluded.content_hash THEN summarizer_summaries.first_seen ELSE excluded.first_seen END,
                    content_hash = excluded.content_hash,
                    summary_json = excluded.summary_json,
                    last_used = excluded.last_used
                """,
                connection,
                transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = _engine });
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.Parameters.Add(new NpgsqlParameter { Value = identity.ContentHash });
            command.Parameters.Add(new NpgsqlParameter { Value = json });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // The first lookup drops stale entries; lookups running meanwhile may still see one, which is harmless (an
    // entry is only ever recalled for the same text by the same engine).
    private async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _pruneStarted, 1) != 0)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand("DELETE FROM summarizer_summaries WHERE last_used < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _timeProvider.GetUtcNow() - _options.Retention });
        var dropped = await command.ExecuteNonQueryAsync(cancellationToken);
        if (dropped > 0)
        {
            _logger.LogInformation("Summary memory: dropped {Count} entr(ies) unused for {Retention}", dropped, _options.Retention);
        }
    }
}
