using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Support;

public sealed class FakeClockDriverTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(70);

    // A jittered back-off can run past the total timeout. No reply is in flight then, so the total timeout must fire
    // (the driver used to wait for a server hold that never came, and the call hung until the hang guard).
    [Fact]
    public async Task A_total_timeout_due_during_a_back_off_fires()
    {
        var time = new FakeClock();

        var outcome = await time.RunAsync(SleepUnderTotalTimeout(time, backOff: TimeSpan.FromSeconds(80)), [TotalTimeout]);

        Assert.Equal("total timeout", outcome);
        Assert.Equal(FakeClock.DefaultStart + TotalTimeout, time.GetUtcNow());
    }

    [Fact]
    public async Task A_back_off_that_ends_first_is_waited_out()
    {
        var time = new FakeClock();

        var outcome = await time.RunAsync(SleepUnderTotalTimeout(time, backOff: TimeSpan.FromSeconds(5)), [TotalTimeout]);

        Assert.Equal("slept", outcome);
        Assert.Equal(FakeClock.DefaultStart + TimeSpan.FromSeconds(5), time.GetUtcNow());
    }

    // The call starts before the driver runs, so the server may hold its first request before the driver reads anything
    // (rare with a real server; forced here). That hold still releases the timeouts set before it: the driver once took the
    // hold count at its start as already seen and waited for the hang guard (pending: the 30 s attempt and 70 s total timeouts).
    [Fact]
    public async Task A_hold_that_began_before_the_driver_started_releases_the_timeouts_set_before_it()
    {
        var time = new FakeClock();
        var server = new HangSignal();
        var call = AttemptUnderTotalTimeout(time, server);
        Assert.Equal(1, server.HangsStarted);

        var outcome = await time.RunAsync(call, [AttemptTimeout, TotalTimeout], server);

        Assert.Equal("attempt timeout", outcome);
        Assert.Equal(FakeClock.DefaultStart + AttemptTimeout, time.GetUtcNow());
    }

    // A hold that began before a timer was set (an earlier call's request) does not release it; the next hold does.
    [Fact]
    public async Task Only_a_hold_after_a_timeout_was_set_releases_it()
    {
        var time = new FakeClock();
        var server = new HangSignal();
        server.Hold();
        var attempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var call = Attempt(time, attempt);

        var run = time.RunAsync(call, [AttemptTimeout], server); // runs up to its first wait before returning
        Assert.False(run.IsCompleted);
        Assert.Equal(FakeClock.DefaultStart, time.GetUtcNow());
        server.Hold();

        Assert.Equal("attempt timeout", await run);
        Assert.Equal(FakeClock.DefaultStart + AttemptTimeout, time.GetUtcNow());

        static async Task<string> Attempt(FakeClock time, TaskCompletionSource reply)
        {
            using var timeout = new CancellationTokenSource(AttemptTimeout, time);
            try
            {
                await reply.Task.WaitAsync(timeout.Token);
                return "reply";
            }
            catch (OperationCanceledException)
            {
                return "attempt timeout";
            }
        }
    }

    private static async Task<string> AttemptUnderTotalTimeout(FakeClock time, HangSignal server)
    {
        using var total = new CancellationTokenSource(TotalTimeout, time);
        using var timeout = new CancellationTokenSource(AttemptTimeout, time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(total.Token, timeout.Token);
        server.Hold(); // the request is held at once, before the caller reaches the driver
        try
        {
            await new TaskCompletionSource().Task.WaitAsync(both.Token); // a reply that never comes: only a timeout ends it
            return "reply";
        }
        catch (OperationCanceledException)
        {
            return timeout.IsCancellationRequested ? "attempt timeout" : "total timeout";
        }
    }

    private static async Task<string> SleepUnderTotalTimeout(FakeClock time, TimeSpan backOff)
    {
        using var total = new CancellationTokenSource(TotalTimeout, time);
        try
        {
            await Task.Delay(backOff, time, total.Token); // on the fake clock: only the driver moves it, no real time passes
            return "slept";
        }
        catch (OperationCanceledException) when (total.IsCancellationRequested)
        {
            return "total timeout";
        }
    }
}
