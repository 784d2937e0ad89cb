namespace Summarizer.TestSupport;

/// <summary>A server that can say when it holds a request without answering, so a client's timeout may fire.</summary>
public interface IHangSignal
{
    /// <summary>How many requests the server has started holding so far.</summary>
    int HangsStarted { get; }

    /// <summary>Completes when the server starts holding its next request.</summary>
    Task NextHang { get; }
}

/// <summary>
/// Runs a call on a <see cref="FakeClock"/> to completion, moving the clock only when the code under test
/// waits on it: to the next timer due, when that timer is a back-off or Retry-After delay. A timer set with one of
/// the <c>timeouts</c> would cut a reply short, so it fires only while the server holds the request it guards
/// (see <see cref="IHangSignal"/>), or while the client sleeps through a back-off: no reply is in flight then, so a
/// total timeout due before the back-off ends fires as it would in real time. No real time decides anything: between steps the driver waits for a signal
/// (a timer set, the server holding a request, the call ending).
/// </summary>
public static class FakeClockDriver
{
    private static readonly Task Never = new TaskCompletionSource().Task;

    public static async Task<T> RunAsync<T>(this FakeClock time, Task<T> call, IReadOnlyCollection<TimeSpan> timeouts, IHangSignal? hangs = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(timeouts);
        var seenHangs = hangs?.HangsStarted ?? 0;

        // Timeouts that were pending when the server began holding a request: the client is waiting on exactly these.
        var mayFire = new HashSet<long>();
        while (!call.IsCompleted)
        {
            // Signals first, state second, so nothing that happens in between is missed.
            var changed = time.NextChange;
            var hang = hangs?.NextHang ?? Never;
            if (hangs is not null && hangs.HangsStarted > seenHangs)
            {
                seenHangs = hangs.HangsStarted;
                mayFire = [.. time.Timers.Select(t => t.Id)];
            }

            var timers = time.Timers;
            var inBackOff = timers.Any(t => !timeouts.Contains(t.Delay));
            if (timers is [var next, ..] && (inBackOff || mayFire.Contains(next.Id)))
            {
                var now = time.GetUtcNow();
                time.Advance(next.DueAt > now ? next.DueAt - now : TimeSpan.Zero);
                if (timeouts.Contains(next.Delay))
                {
                    mayFire.Clear(); // the client gave up on that reply; a new hold releases the next timeout
                }

                continue;
            }

            await Task.WhenAny(call, changed, hang).WithHangGuard("the call ending or waiting on the fake clock");
        }

        return await call;
    }

    public static async Task RunAsync(this FakeClock time, Task call, IReadOnlyCollection<TimeSpan> timeouts, IHangSignal? hangs = null) =>
        await time.RunAsync(WithResult(call), timeouts, hangs);

    private static async Task<bool> WithResult(Task call)
    {
        await call;
        return true;
    }
}
