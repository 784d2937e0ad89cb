namespace Summarizer.TestSupport;

/// <summary>A server that can say when it holds a request without answering, so a client's timeout may fire.</summary>
public interface IHangSignal
{
    /// <summary>How many requests the server has started holding so far.</summary>
    int HangsStarted { get; }

    /// <summary>
    /// The <see cref="FakeEventOrder"/> stamp of the latest request the server started holding (0 before the first):
    /// it orders the hold against the fake clock's timers (<see cref="PendingTimer.SetAt"/>) whenever anyone reads it.
    /// </summary>
    long LastHangOrder { get; }

    /// <summary>Completes when the server starts holding its next request.</summary>
    Task NextHang { get; }
}

/// <summary>
/// Runs a call on a <see cref="FakeClock"/> to completion, moving the clock only when the code under test
/// waits on it: to the next timer due, when that timer is a back-off or Retry-After delay. A timer set with one of
/// the <c>timeouts</c> would cut a reply short, so it fires only while the server holds the request it guards
/// (see <see cref="IHangSignal"/>): when it was set before the server's latest hold and that hold began after the last
/// timeout the driver fired. It also fires while the client sleeps through a back-off: no reply is in flight then, so a
/// total timeout due before the back-off ends fires as it would in real time. No real time decides anything: between steps the driver waits for a signal
/// (a timer set, the server holding a request, the call ending).
/// </summary>
/// <remarks>
/// Holds and timers are ordered by <see cref="FakeEventOrder"/> stamps, not by when the driver notices them. The call is
/// started before the driver runs, so the server may already hold its first request by then; the driver once took the
/// hold count at its start as "seen", never released that attempt's timeouts, and waited for a hold that had already
/// happened (rare: the server had to accept, parse and hold the request before the caller reached the driver).
/// </remarks>
public static class FakeClockDriver
{
    private static readonly Task Never = new TaskCompletionSource().Task;

    public static async Task<T> RunAsync<T>(this FakeClock time, Task<T> call, IReadOnlyCollection<TimeSpan> timeouts, IHangSignal? hangs = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(timeouts);

        // Stamp taken just before the driver last fired a timeout: the client gave up on the reply it was waiting for,
        // so only a hold that begins after it releases the next timeout. 0: none fired yet, and a hold that began
        // before the driver started (this call's first request) counts for the timers set before it.
        var lastFired = 0L;
        while (!call.IsCompleted)
        {
            // Signals first, state second, so nothing that happens in between is missed.
            var changed = time.NextChange;
            var hang = hangs?.NextHang ?? Never;
            var lastHang = hangs?.LastHangOrder ?? 0;
            var timers = time.Timers;

            // The timeouts the client is waiting on while the server holds its request: set before that hold began.
            var held = lastHang > lastFired;
            var inBackOff = timers.Any(t => !timeouts.Contains(t.Delay));
            if (timers is [var next, ..] && (inBackOff || (held && next.SetAt < lastHang)))
            {
                var isTimeout = timeouts.Contains(next.Delay);
                if (isTimeout)
                {
                    lastFired = FakeEventOrder.Next(); // before it fires: whatever the timeout sets off comes after
                }

                var now = time.GetUtcNow();
                time.Advance(next.DueAt > now ? next.DueAt - now : TimeSpan.Zero);
                continue;
            }

            await Task.WhenAny(call, changed, hang).WithHangGuard(() =>
                $"the call ending or waiting on the fake clock (at {time.GetUtcNow():HH:mm:ss.fff}; pending timers: " +
                $"{(timers.Count == 0 ? "none" : string.Join("; ", timers))}; timeouts {string.Join(", ", timeouts.Select(t => $"{t.TotalSeconds:0.###} s"))}; " +
                $"holds started {hangs?.HangsStarted.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n/a (no hang signal)"}, latest at order {lastHang}; " +
                $"last timeout fired at order {lastFired}; a timeout may fire only if set before a hold that began after the last timeout fired)");
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
