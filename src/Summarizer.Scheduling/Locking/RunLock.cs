namespace Summarizer.Scheduling.Locking;

/// <summary>
/// Makes runs into one output folder exclusive, across processes: an OS lock on
/// <c>OUTPUT/.summarizer/run.lock</c>, held until <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// The lock is the open handle, not the file's existence: .NET takes <c>FileShare.None</c> as an
/// exclusive <c>flock</c> on Unix and a share-mode lock on Windows, and the OS drops either when the
/// process dies. So a lock file left by a crashed run never blocks the next one, and we never delete it
/// (deleting would let two processes lock two different files of the same name).
/// </remarks>
internal sealed class RunLock : IDisposable
{
    private readonly FileStream _stream;

    private RunLock(FileStream stream, string path)
    {
        _stream = stream;
        FilePath = path;
    }

    public string FilePath { get; }

    /// <summary>The lock file for runs writing into <paramref name="outputFolder"/>.</summary>
    public static string PathFor(string outputFolder) => Path.Combine(outputFolder, ".summarizer", "run.lock");

    /// <summary>Takes the lock, or returns null at once when another holder has it.</summary>
    public static RunLock? TryAcquire(string outputFolder)
    {
        var path = PathFor(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream? stream = null;
        try
        {
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException ex) when (IsLockConflict(ex))
            {
                return null;
            }

            // Who holds it, for a person looking at the file; nothing reads this back.
            stream.SetLength(0);
            var note = System.Text.Encoding.UTF8.GetBytes($"pid {Environment.ProcessId} on {Environment.MachineName}\n");
            stream.Write(note);
            stream.Flush();
            var held = new RunLock(stream, path);
            stream = null;
            return held;
        }
        finally
        {
            // A note that cannot be written (disk full) must not leave the lock held until the process exits.
            stream?.Dispose();
        }
    }

    public void Dispose() => _stream.Dispose();

    // Only "someone holds it" means null; a permission or disk error must surface. On Unix .NET puts
    // flock's errno in HResult (EWOULDBLOCK: 11 on Linux, 35 on macOS); on Windows it is
    // ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33) under facility Win32.
    private static bool IsLockConflict(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 32 or 33 : ex.HResult is 11 or 35;
}
