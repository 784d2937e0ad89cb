namespace Summarizer.TestSupport;

/// <summary>
/// A clock tests move by hand, so retry, timeout and schedule tests take no real time. Tests wait for the
/// code under test to reach the clock through <see cref="NextChange"/> (a signal), never by sleeping.
/// (Written before Microsoft.Extensions.TimeProvider.Testing restored here; it also tells tests which
/// delay each pending timer was set with, which <see cref="FakeClockDriver"/> needs.)
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private TaskCompletionSource _changed = NewSignal();
    private DateTimeOffset _now;
    private long _lastId;

    public FakeTimeProvider(DateTimeOffset? start = null) =>
        _now = start ?? new DateTimeOffset(2026, 1, 6, 7, 0, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Moves the clock forward and fires every timer that falls due, in order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            FakeTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).ThenBy(t => t.Id).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt > _now ? next.DueAt : _now;
                next.Reschedule(_now);
                Changed();
            }

            next.Fire();
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        var now = GetUtcNow();
        Advance(value > now ? value - now : TimeSpan.Zero);
    }

    /// <summary>Timers waiting to fire (useful to wait until code under test has scheduled a delay).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
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
                return [.. _timers.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Select(t => new PendingTimer(t.Id, t.DueAt, t.Delay))];
            }
        }
    }

    /// <summary>Completes at the next change to the pending timers: one set, changed, fired or cancelled.</summary>
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
                if (_timers.Count == count)
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
        FakeTimer timer;
        lock (_gate)
        {
            timer = new FakeTimer(this, ++_lastId, callback, state);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Called under the lock.
    private void Changed()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.SetResult();
    }

    private void Schedule(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.Period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _timers.Remove(timer);
            }
            else
            {
                timer.Delay = dueTime;
                timer.DueAt = _now + dueTime;
                if (!_timers.Contains(timer))
                {
                    _timers.Add(timer);
                }
            }

            Changed();
        }
    }

    private void Remove(FakeTimer timer)
    {
        lock (_gate)
        {
            if (_timers.Remove(timer))
            {
                Changed();
            }
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, long id, TimerCallback callback, object? state) : ITimer
    {
        public long Id { get; } = id;

        public TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

        public TimeSpan Delay { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        // Called under the owner's lock when the timer fires.
        public void Reschedule(DateTimeOffset now)
        {
            if (Period == Timeout.InfiniteTimeSpan || Period == TimeSpan.Zero)
            {
                owner._timers.Remove(this);
            }
            else
            {
                Delay = Period;
                DueAt = now + Period;
            }
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>A timer waiting on a <see cref="FakeTimeProvider"/>: when it falls due and the delay it was set with.</summary>
public sealed record PendingTimer(long Id, DateTimeOffset DueAt, TimeSpan Delay);
