namespace Summarizer.TestSupport.Postgres;

/// <summary>
/// Where PostgreSQL's server programs are (Debian's <c>postgresql</c> package puts them under
/// <c>/usr/lib/postgresql/N/bin</c>, off PATH), and whether tests that need them skip or fail.
/// </summary>
public static class PostgresBinaries
{
    private static readonly Lazy<string?> LazyFolder = new(Find);

    /// <summary>The folder holding <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>, or null.</summary>
    public static string? Folder => LazyFolder.Value;

    /// <summary>
    /// Why a PostgreSQL test is skipped, or null when it runs. On CI (<c>CI</c> set) it never skips: missing
    /// binaries must fail the tests there, since <c>.ci/run</c> installs them.
    /// </summary>
    public static string? SkipReason =>
        Folder is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? "Needs PostgreSQL's server binaries (initdb, pg_ctl): `apt-get install postgresql` (Debian) or put them on PATH; .ci/run installs them."
            : null;

    private static string? Find()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return null;
        }

        const string debian = "/usr/lib/postgresql";
        var versioned = Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Ok: int.TryParse(Path.GetFileName(d), out var major), Major: major))
                .Where(d => d.Ok && HasServer(d.Dir))
                .OrderByDescending(d => d.Major)
                .Select(d => d.Dir)
                .FirstOrDefault()
            : null;
        return versioned ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServer);
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));
}
