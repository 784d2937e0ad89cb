using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.Storage;

/// <summary>The model's per-minute limits counted in the shared store hold for two workers together.</summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresRateLimitsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero));
    private PostgresStore _one = null!;
    private PostgresStore _two = null!;

    public async Task InitializeAsync()
    {
        _one = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), CancellationToken.None);
        _two = await PostgresStore.OpenAsync(_one.Setting, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _one.DisposeAsync();
        await _two.DisposeAsync();
    }

    [PostgresFact]
    public async Task Two_workers_share_one_minutes_allowance_and_the_one_past_it_waits_for_the_refill()
    {
        var first = new PostgresRateLimits(_one.DataSource, _time);
        var second = new PostgresRateLimits(_two.DataSource, _time);

        // 3 requests a minute for the account: two on one worker and one on the other use the minute up.
        await first.AcquireAsync("requests:acct", 1, 3, CancellationToken.None);
        await second.AcquireAsync("requests:acct", 1, 3, CancellationToken.None);
        await first.AcquireAsync("requests:acct", 1, 3, CancellationToken.None);
        var fourth = second.AcquireAsync("requests:acct", 1, 3, CancellationToken.None);
        await _time.WaitForPendingTimersAsync(1).WithHangGuard("the fourth request to wait");
        var waited = Assert.Single(_time.Timers).Delay;
        _time.Advance(waited - TimeSpan.FromMilliseconds(1));
        var early = fourth.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WithHangGuard("the fourth request after the refill");

        // Another bucket (another account, or tokens) is not touched by those requests.
        await first.AcquireAsync("tokens:acct", 500, 1000, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(20), waited); // one request's worth of refill at 3 a minute
        Assert.False(early);
        Assert.Equal(0, _time.PendingTimers);
    }

    [PostgresFact]
    public async Task A_quiet_minute_refills_the_bucket_but_never_beyond_a_minutes_worth()
    {
        var limits = new PostgresRateLimits(_one.DataSource, _time);
        await limits.AcquireAsync("requests:acct", 2, 2, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        await limits.AcquireAsync("requests:acct", 2, 2, CancellationToken.None);
        var third = limits.AcquireAsync("requests:acct", 1, 2, CancellationToken.None);
        await _time.WaitForPendingTimersAsync(1).WithHangGuard("the third request to wait");

        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(_time.Timers).Delay);
        _time.Advance(TimeSpan.FromSeconds(30));
        await third.WithHangGuard("the third request");
    }
}
