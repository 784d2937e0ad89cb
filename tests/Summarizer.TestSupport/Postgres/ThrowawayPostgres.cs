using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Summarizer.TestSupport.Postgres;

/// <summary>
/// A PostgreSQL cluster of the tests' own, never the machine's: <c>initdb</c> into a fresh folder under /tmp,
/// started with <c>pg_ctl</c> listening only on a unix socket in that folder (no TCP at all, so nothing can
/// reach it and it can reach nothing), stopped and deleted on <see cref="DisposeAsync"/>.
/// </summary>
/// <remarks>
/// initdb refuses to run as root, so under root (a CI container) the server programs run as an unprivileged
/// user (<c>postgres</c> when the package created it, else <c>nobody</c>) through <c>runuser</c>; root still
/// reaches the socket. A folder left by a test process that was killed is swept at the next start.
/// </remarks>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    public const string User = "summarizer";
    private const string FolderPrefix = "summarizer-pg-";
    private const int Port = 5432; // names the socket file only: listen_addresses is empty

    private readonly string _bin;
    private readonly string? _runAs;

    private ThrowawayPostgres(string bin, string root, string? runAs)
    {
        _bin = bin;
        Root = root;
        _runAs = runAs;
    }

    /// <summary>The cluster's folder: data/, the socket, server.log.</summary>
    public string Root { get; }

    private string Data => Path.Combine(Root, "data");

    /// <summary>Starts a new cluster; throws with the server's log when it cannot.</summary>
    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = PostgresBinaries.Folder
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found (apt-get install postgresql); CI must have them.");
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            throw new PlatformNotSupportedException("The throwaway PostgreSQL cluster listens on a unix socket: Linux and macOS only.");
        }

        var runAs = Environment.IsPrivilegedProcess ? await UnprivilegedUserAsync() : null;
        await SweepAbandonedAsync(bin, runAs);

        var root = Directory.CreateDirectory(Path.Combine(TempRoot, FolderPrefix + Guid.NewGuid().ToString("N")[..12])).FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "owner"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var cluster = new ThrowawayPostgres(bin, root, runAs);
        try
        {
            if (runAs is not null)
            {
                await RunAsync("chown", ["-R", runAs, root]);
            }

            await cluster.ServerToolAsync("initdb", ["-D", cluster.Data, "-U", User, "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]);
            var serverOptions = $"-k {root} -c listen_addresses='' -p {Port} -c fsync=off -c full_page_writes=off -c max_connections=200";
            await cluster.ServerToolAsync("pg_ctl", ["-D", cluster.Data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "120", "-o", serverOptions, "start"]);
            return cluster;
        }
        catch
        {
            var log = Path.Combine(root, "server.log");
            var text = File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no server log)";
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"The throwaway PostgreSQL cluster did not start. Server log:\n{text}");
        }
    }

    /// <summary>A connection string to <paramref name="database"/> over the cluster's socket.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Root,
        Port = Port,
        Username = User,
        Database = database,
    }.ConnectionString;

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            await ServerToolAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        }

        Directory.Delete(Root, recursive: true);
    }

    // Short and traversable by the unprivileged user (a unix socket path has ~100 bytes, and root's TMPDIR may be private).
    private static string TempRoot => Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath();

    private Task ServerToolAsync(string tool, IReadOnlyList<string> args) =>
        _runAs is null
            ? RunAsync(Path.Combine(_bin, tool), args)
            : RunAsync("runuser", ["-u", _runAs, "--", Path.Combine(_bin, tool), .. args]);

    // A cluster whose test process is gone (killed before it could clean up) is stopped and deleted.
    private static async Task SweepAbandonedAsync(string bin, string? runAs)
    {
        foreach (var root in Directory.GetDirectories(TempRoot, FolderPrefix + "*"))
        {
            var owner = Path.Combine(root, "owner");
            if (!File.Exists(owner) || !int.TryParse(await File.ReadAllTextAsync(owner), out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                // Disposing stops its server and deletes the folder.
                await using var leftover = new ThrowawayPostgres(bin, root, runAs);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Another user's or a half-deleted folder: not ours to fight over.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<string> UnprivilegedUserAsync()
    {
        try
        {
            await RunAsync("id", ["-u", "postgres"]);
            return "postgres";
        }
        catch (InvalidOperationException)
        {
            return "nobody";
        }
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WithHangGuard($"{Path.GetFileName(program)} to finish");
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
