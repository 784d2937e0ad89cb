using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Summarizer.Documents;
using Summarizer.Pipeline;
using Summarizer.Scheduling.Storage;
using Summarizer.Summarization;

namespace Summarizer.Scheduling.Memory;

/// <summary>
/// The daily job's summary memory, in SQLite at <c>OUTPUT/.summarizer/summaries.db</c>: an article summarized
/// on an earlier day is not sent to the model again when it turns up again, by the same canonical URL (tracking
/// parameters ignored) or with the same text under another address. An article whose text changed since is
/// summarized again. Entries belong to one engine fingerprint (provider, model, endpoint, prompts, length).
/// </summary>
public sealed class SqliteSummaryMemory : ISummaryMemory, IDisposable
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE summaries (
            engine TEXT NOT NULL,
            key TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            summary_json TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_used TEXT NOT NULL,
            PRIMARY KEY (engine, key));
        CREATE INDEX summaries_by_use ON summaries (last_used);
        """,
    ];

    private readonly SqliteDatabase _database;
    private readonly string _engine;
    private readonly SummaryMemoryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteSummaryMemory> _logger;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private volatile bool _opened;
    private volatile bool _unusable;

    /// <param name="path">The database file; created with its folder on first use.</param>
    /// <param name="engineFingerprint">What wrote the summaries; only the same engine reuses them.</param>
    public SqliteSummaryMemory(string path, string engineFingerprint, SummaryMemoryOptions options, TimeProvider timeProvider, ILogger<SqliteSummaryMemory> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(engineFingerprint);
        _database = new SqliteDatabase(path);
        _engine = engineFingerprint;
        _options = OptionsValidation.Validate(options ?? throw new ArgumentNullException(nameof(options)));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The memory file for runs writing into <paramref name="outputFolder"/>.</summary>
    public static string PathFor(string outputFolder) => Path.Combine(Path.GetFullPath(outputFolder), ".summarizer", "summaries.db");

    public async Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var identity = ArticleIdentity.Of(article);
        await using var connection = await OpenAsync(cancellationToken);
        if (connection is null)
        {
            return null;
        }

        foreach (var key in SummaryEntries.Keys(identity))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT content_hash, summary_json, first_seen FROM summaries WHERE engine = $engine AND key = $key;";
            command.Parameters.AddWithValue("$engine", _engine);
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                continue;
            }

            if (SummaryEntries.Recalled(article, identity, reader.GetString(0), reader.GetString(1), SqliteDatabase.ParseTime(reader.GetString(2)), _logger) is { } summary)
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
        var now = SqliteDatabase.Text(_timeProvider.GetUtcNow());
        var json = SummaryEntries.Serialize(summary);
        await using var connection = await OpenAsync(cancellationToken);
        if (connection is null)
        {
            return;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var key in SummaryEntries.Keys(identity))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;

            // A changed article replaces its entry (and starts a new first_seen); an unchanged one is only touched.
            command.CommandText = """
                INSERT INTO summaries (engine, key, content_hash, summary_json, first_seen, last_used)
                VALUES ($engine, $key, $hash, $json, $now, $now)
                ON CONFLICT (engine, key) DO UPDATE SET
                    first_seen = CASE WHEN content_hash = excluded.content_hash THEN first_seen ELSE excluded.first_seen END,
                    content_hash = excluded.content_hash,
                    summary_json = excluded.summary_json,
                    last_used = excluded.last_used;
                """;
            command.Parameters.AddWithValue("$engine", _engine);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$hash", identity.ContentHash);
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _database.Dispose();
        _opening.Dispose();
    }

    // The schema is made and stale entries dropped once, on first use, so creating the memory does no I/O.
    // A file that cannot be used (damaged, from a newer version) is reported once and the memory stands
    // aside: null, and every article is summarized afresh.
    private async Task<SqliteConnection?> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_opened && !_unusable)
        {
            await _opening.WaitAsync(cancellationToken);
            try
            {
                if (!_opened && !_unusable)
                {
                    await _database.MigrateAsync(
                        Migrations,
                        found => new InvalidOperationException($"written by a newer version (schema {found}, this one reads up to {Migrations.Length})"),
                        cancellationToken);
                    await PruneAsync(cancellationToken);
                    _opened = true;
                }
            }
            catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
            {
                _unusable = true;
                _logger.LogWarning("Summary memory {Path} cannot be used ({Error}); every article is summarized afresh. Move the file aside to start a new memory", _database.FilePath, ex.Message);
            }
            finally
            {
                _opening.Release();
            }
        }

        return _unusable ? null : await _database.OpenAsync(cancellationToken);
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM summaries WHERE last_used < $cutoff;";
        command.Parameters.AddWithValue("$cutoff", SqliteDatabase.Text(_timeProvider.GetUtcNow() - _options.Retention));
        var dropped = await command.ExecuteNonQueryAsync(cancellationToken);
        if (dropped > 0)
        {
            _logger.LogInformation("Summary memory: dropped {Count} entr(ies) unused for {Retention}", dropped, _options.Retention);
        }
    }
}
