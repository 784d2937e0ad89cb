using Npgsql;

namespace Summarizer.Scheduling.Storage;

/// <summary>
/// Where the daily job keeps its state: SQLite files under <c>OUTPUT/.summarizer</c> (the default, one machine),
/// or a PostgreSQL database that every worker shares (<c>store:</c> in brief.yaml, or <c>SUMMARIZER_STORE</c>).
/// </summary>
/// <remarks>
/// Not a record on purpose: <see cref="ToString"/> is what ends up in logs and messages, and it never shows the
/// password (or any other secret keyword) of the connection string.
/// </remarks>
public sealed class StoreSetting
{
    private StoreSetting(string? connectionString) => ConnectionString = connectionString;

    /// <summary>SQLite files beside the output: nothing shared.</summary>
    public static StoreSetting Sqlite { get; } = new(null);

    /// <summary>The PostgreSQL connection string (Npgsql keyword form), or null for SQLite. Never log it.</summary>
    public string? ConnectionString { get; }

    /// <summary>True when workers share a PostgreSQL database.</summary>
    public bool IsShared => ConnectionString is not null;

    /// <summary>
    /// Reads a <c>store:</c> value: empty or <c>sqlite</c> for the SQLite default, else a PostgreSQL connection
    /// string such as <c>Host=db;Database=summarizer;Username=worker</c>. Throws <see cref="StoreException"/>
    /// saying what is wrong, without repeating the value.
    /// </summary>
    public static StoreSetting Parse(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException ex)
        {
            // Npgsql's message names the keyword, never its value.
            throw new StoreException($"store: not a PostgreSQL connection string (Host=...;Database=...;Username=...): {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new StoreException("store: the PostgreSQL connection string needs Host=... (a server name, or a socket folder)");
        }

        return new StoreSetting(builder.ConnectionString);
    }

    /// <summary>What the store is, safe to log: the connection string without its password.</summary>
    public override string ToString()
    {
        if (ConnectionString is null)
        {
            return "SQLite (OUTPUT/.summarizer)";
        }

        var safe = new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null, Passfile = null };
        return "PostgreSQL " + safe.ConnectionString;
    }
}

/// <summary>The store cannot be used: a bad setting, an unreachable database, or a schema newer than this version.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
