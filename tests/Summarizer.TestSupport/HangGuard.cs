namespace Summarizer.TestSupport;

/// <summary>
/// The one real-time limit tests use, on waits that must end (a signal, a child process, a fetch): it turns
/// a hang into a failure that says what never happened, instead of a stuck run. It never judges speed, so it
/// is minutes, far beyond the slowest machine; nothing else in the tests reads the real clock.
/// </summary>
public static class HangGuard
{
    // Ten minutes: three were once not enough for a 200-article run fanned out over PostgreSQL workers in a Debug build
    // on two cores at load 35 (it was at 19 of 22 stories, logging progress, when the guard fired).
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>A token cancelled only if an operation hangs (for APIs that take a token rather than a task).</summary>
    public static CancellationToken Token() => new CancellationTokenSource(Limit).Token;

    public static Task WithHangGuard(this Task task, string what) => task.WithHangGuard(() => what);

    /// <summary>As above, with a description read only when the guard fires, so it can say what state the wait was stuck in.</summary>
    public static async Task WithHangGuard(this Task task, Func<string> what)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(what);
        try
        {
            await task.WaitAsync(Limit);
        }
        catch (TimeoutException ex) when (!task.IsCompleted)
        {
            throw Hung(what(), ex);
        }
    }

    public static async Task<T> WithHangGuard<T>(this Task<T> task, string what)
    {
        ArgumentNullException.ThrowIfNull(task);
        try
        {
            return await task.WaitAsync(Limit);
        }
        catch (TimeoutException ex) when (!task.IsCompleted)
        {
            throw Hung(what, ex);
        }
    }

    private static TimeoutException Hung(string what, TimeoutException inner) =>
        new($"Hung: {what} did not happen within {Limit.TotalMinutes} minutes (a hang guard, not a speed check).", inner);
}
