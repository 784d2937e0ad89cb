using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Support;

public sealed class FakeClockDriverTests
{
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
