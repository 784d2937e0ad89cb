namespace Summarizer.Cli.Tests.Support;

/// <summary>A fact about POSIX signals: skipped, saying why, on an OS that has none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Sends SIGTERM, a Unix signal: runs on Linux and macOS only.";
        }
    }
}
