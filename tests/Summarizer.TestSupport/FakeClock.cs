using Microsoft.Extensions.Time.Testing;

namespace Summarizer.TestSupport;

/// <summary>
/// Microsoft.Extensions.TimeProvider.Testing's <see cref="FakeTimeProvider"/> (it keeps the time and fires the
/// timers, in order, as tests move it) plus what it does not offer and our tests wait on: a signal whenever a timer
/// is set, changed, fired or disposed (<see cref="NextChange"/>), and the pending timers with the delay each was set
/// with, which <see cref="FakeClockDriver"/> needs to tell a back-off from a timeout. Starts at 2026-01-06 07:00 UTC.
/// </summary>
public sealed class FakeClock(DateTimeOffset? start = null) : FakeTimeProvider(start ?? DefaultStart)
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 6, 7, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<ObservedTimer> _pending = [];
    private TaskCompletionSource _changed = NewSignal();
    private long _lastId;

    /// <summary>Timers waiting to fire (useful to wait until code under test has scheduled a delay).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The timers waiting to fire, earliest first, each with the delay it was set with.</summary>
    public IReadOnlyList<PendingTimer> Timers
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Select(t => new PendingTimer(t.Id, t.DueAt, t.Delay, t.SetAt))];
            }
        }
    }

    /// <summary>Completes at the next change to the pending timers: one set, changed, fired or disposed.</summary>
    public Task NextChange
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>Waits until exactly <paramref name="count"/> timers are pending (the code under test is waiting on the clock).</summary>
    public async Task WaitForPendingTimersAsync(int count)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_pending.Count == count)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WithHangGuard($"{count} timer(s) pending on the fake clock (now {PendingTimers})");
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ObservedTimer observed;
        lock (_gate)
        {
            observed = new ObservedTimer(this, ++_lastId);
        }

        // The library's timer does the work; ours only keeps the books before each of its callbacks.
        observed.Inner = base.CreateTimer(s => { observed.Fired(); callback(s); }, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        observed.Change(dueTime, period);
        return observed;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Called under the lock.
    private void Changed()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.SetResult();
    }

    private sealed class ObservedTimer(FakeClock owner, long id) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        public long Id { get; } = id;

        public TimeSpan Delay { get; private set; }

        public long SetAt { get; private set; }

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                _period = period;
                owner._pending.Remove(this);
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Delay = dueTime;
                    DueAt = owner.GetUtcNow() + dueTime;
                    SetAt = FakeEventOrder.Next();
                    owner._pending.Add(this);
                }

                owner.Changed();
            }

            return Inner.Change(dueTime, period);
        }

        // Runs just before the callback, each time the library fires the timer.
        public void Fired()
        {
            lock (owner._gate)
            {
                if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero)
                {
                    owner._pending.Remove(this);
                }
                else
                {
                    Delay = _period;
                    DueAt = owner.GetUtcNow() + _period;
                    SetAt = FakeEventOrder.Next();
                }

                owner.Changed();
            }
        }

        public void Dispose()
        {
            lock (owner._gate)
            {
                if (owner._pending.Remove(this))
                {
                    owner.Changed();
                }
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// A timer waiting on a <see cref="FakeClock"/>: when it falls due, the delay it was set with, and when it was set
/// (a <see cref="FakeEventOrder"/> stamp, comparable with <see cref="IHangSignal.LastHangOrder"/>).
/// </summary>
public sealed record PendingTimer(long Id, DateTimeOffset DueAt, TimeSpan Delay, long SetAt)
{
    public override string ToString() =>
        $"#{Id} delay {Delay.TotalSeconds:0.###} s due {DueAt:HH:mm:ss.fff} set at order {SetAt}";
}

/// <summary>
/// One process-wide sequence that orders test events across threads: a fake clock's timer being set and a fake server
/// starting to hold a request. Whichever happened first has the smaller stamp, however late anyone looks.
/// </summary>
public static class FakeEventOrder
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
