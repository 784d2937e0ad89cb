namespace Summarizer.Scheduling.Tests.Support;

/// <summary>
/// A fact that needs flock(1) (util-linux) as a second process: skipped, saying why, where it is missing,
/// rather than passing without checking anything.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FlockFactAttribute : FactAttribute
{
    public const string FlockPath = "/usr/bin/flock";

    public FlockFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(FlockPath))
        {
            Skip = $"Needs {FlockPath} (util-linux) to stand in for a second process.";
        }
    }
}
