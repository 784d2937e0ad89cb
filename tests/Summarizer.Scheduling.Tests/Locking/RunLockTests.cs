using System.Diagnostics;
using Summarizer.Scheduling.Locking;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Locking;

public sealed class RunLockTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Second_acquisition_fails_while_the_first_is_held_and_succeeds_after_dispose()
    {
        var first = RunLock.TryAcquire(_dir.Path);
        Assert.NotNull(first);
        Assert.Null(RunLock.TryAcquire(_dir.Path));

        first.Dispose();
        using var second = RunLock.TryAcquire(_dir.Path);
        Assert.NotNull(second);
    }

    [Fact]
    public void A_lock_file_left_behind_does_not_block()
    {
        // What a crashed process leaves: the file, but no open handle.
        Directory.CreateDirectory(Path.Combine(_dir.Path, ".summarizer"));
        File.WriteAllText(RunLock.PathFor(_dir.Path), "pid 12345 on elsewhere\n");

        using var held = RunLock.TryAcquire(_dir.Path);
        Assert.NotNull(held);
        Assert.Equal(RunLock.PathFor(_dir.Path), held.FilePath);
    }

    // flock(1) stands in for a second summarizer process.
    [FlockFact]
    public void Another_process_cannot_take_the_lock_while_it_is_held()
    {
        using (var held = RunLock.TryAcquire(_dir.Path))
        {
            Assert.NotNull(held);
            Assert.Equal(1, Flock(RunLock.PathFor(_dir.Path)));
        }

        Assert.Equal(0, Flock(RunLock.PathFor(_dir.Path)));
    }

    private static int Flock(string path)
    {
        using var process = Process.Start(new ProcessStartInfo(FlockFactAttribute.FlockPath, ["--nonblock", "--exclusive", path, "true"])
        {
            RedirectStandardError = true,
        })!;
        // flock --nonblock answers at once; the limit only turns a hang into a failure.
        Assert.True(process.WaitForExit(HangGuard.Limit), "flock did not exit");
        return process.ExitCode;
    }
}
