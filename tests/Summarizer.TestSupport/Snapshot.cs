using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Summarizer.TestSupport;

/// <summary>
/// Snapshot assertions with Verify's conventions, so swapping Verify in later is a package change:
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.txt</c> beside the test file, a
/// <c>.received.txt</c> written on mismatch (gitignored), volatile values scrubbed first.
/// Set <c>SNAPSHOT_ACCEPT=1</c> to write received text as the new verified snapshot (never in CI).
/// </summary>
public static partial class Snapshot
{
    public const string AcceptVariable = "SNAPSHOT_ACCEPT";

    /// <summary>Compares <paramref name="actual"/> with the verified snapshot of the calling test.</summary>
    /// <param name="actual">Text to check; line endings are normalized to LF.</param>
    /// <param name="name">Suffix for parameterized tests: <c>Class.Method_name.verified.txt</c>.</param>
    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMethod = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var testClass = Path.GetFileNameWithoutExtension(callerFile);
        var stem = name is null ? $"{testClass}.{callerMethod}" : $"{testClass}.{callerMethod}_{Sanitize(name)}";
        var directory = Path.GetDirectoryName(callerFile)!;
        var verifiedPath = Path.Combine(directory, stem + ".verified.txt");
        var receivedPath = Path.Combine(directory, stem + ".received.txt");

        var received = Scrub(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (ShouldAccept())
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        throw new XunitException(verified is null
            ? $"No snapshot yet: wrote {receivedPath}. Review it, then rename it to .verified.txt or rerun with {AcceptVariable}=1."
            : $"Snapshot mismatch: {FirstDifference(verified, received)}. Wrote {receivedPath}; diff it against {verifiedPath}.");
    }

    /// <summary>Replaces values that change from run to run or machine to machine.</summary>
    public static string Scrub(string text)
    {
        var result = Normalize(text);
        result = result.Replace(RepoPaths.Shared, "{shared}", StringComparison.Ordinal)
            .Replace(RepoPaths.Root, "{repo}", StringComparison.Ordinal)
            .Replace(Path.GetTempPath().TrimEnd('/'), "{temp}", StringComparison.Ordinal);
        result = TimestampPattern().Replace(result, "{timestamp}");
        return DurationPattern().Replace(result, "{duration}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static bool ShouldAccept() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
        && Environment.GetEnvironmentVariable("CI") is not ("true" or "1");

    private static string Sanitize(string name) => InvalidNameChars().Replace(name, "_");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}: expected «{e}» but got «{a}»";
            }
        }

        return "texts differ";
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"""(elapsed|durationMs|duration)""\s*:\s*[\d.]+")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"[^A-Za-z0-9_.-]")]
    private static partial Regex InvalidNameChars();
}
