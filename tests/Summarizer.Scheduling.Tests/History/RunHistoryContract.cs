using Summarizer.Scheduling.History;

namespace Summarizer.Scheduling.Tests.History;

/// <summary>
/// What every run history does, whichever store holds it: the SQLite file beside the output and the shared
/// PostgreSQL store run these same checks, each test class naming them with its own fact attribute (the
/// PostgreSQL one skips, saying why, where the server is not installed).
/// </summary>
public abstract class RunHistoryContract
{
    protected static readonly DateTimeOffset Six = new(2026, 1, 6, 5, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty history of one brief, and what releases it.</summary>
    private protected abstract Task<(IRunHistory History, IAsyncDisposable Owner)> OpenAsync(string brief = "/briefs/world");

    protected async Task Check_Round_trips_a_finished_run_with_its_worker()
    {
        var (history, owner) = await OpenAsync();
        await using var _ = owner;
        var id = await history.StartRunAsync(Six, Six.AddSeconds(2), "host-a:41", default);
        await history.FinishRunAsync(id, Six.AddMinutes(3), new RunOutcome(
            RunStatus.Partial, Sources: 12, Stories: 4, Failures: 1,
            UsageJson: """{"modelCalls":3}""", FailuresJson: """[{"source":"a"}]""", Message: "one feed down"), default);

        var run = Assert.Single(await history.RecentAsync(10, default));
        Assert.Equal(
            new RunRecord(id, Six, Six.AddSeconds(2), Six.AddMinutes(3), RunStatus.Partial, 12, 4, 1,
                """{"modelCalls":3}""", """[{"source":"a"}]""", "one feed down") { Worker = "host-a:41" },
            run);
    }

    protected async Task Check_Last_successful_time_ignores_failed_skipped_and_running_runs()
    {
        var (history, owner) = await OpenAsync();
        await using var _ = owner;
        Assert.Null(await history.LastSuccessfulScheduledTimeAsync(default));

        await history.FinishRunAsync(await history.StartRunAsync(Six, Six, "w", default), Six, new RunOutcome(RunStatus.Succeeded), default);
        await history.FinishRunAsync(await history.StartRunAsync(Six.AddDays(1), Six, "w", default), Six, new RunOutcome(RunStatus.Partial), default);
        await history.FinishRunAsync(await history.StartRunAsync(Six.AddDays(2), Six, "w", default), Six, RunOutcome.Failed("boom"), default);
        await history.RecordSkippedAsync(Six.AddDays(3), Six, "locked", "w", default);
        await history.StartRunAsync(Six.AddDays(4), Six, "w", default);

        Assert.Equal(Six.AddDays(1), await history.LastSuccessfulScheduledTimeAsync(default));
    }

    protected async Task Check_Recent_lists_newest_first_and_honours_the_count()
    {
        var (history, owner) = await OpenAsync();
        await using var _ = owner;
        for (var day = 0; day < 5; day++)
        {
            await history.RecordSkippedAsync(Six.AddDays(day), Six.AddDays(day), "locked", $"w{day}", default);
        }

        var recent = await history.RecentAsync(3, default);
        Assert.Equal([Six.AddDays(4), Six.AddDays(3), Six.AddDays(2)], recent.Select(r => r.ScheduledFor));
        Assert.Equal(["w4", "w3", "w2"], recent.Select(r => r.Worker));
        Assert.All(recent, r => Assert.Equal((RunStatus.Skipped, "locked"), (r.Status, r.Message)));
    }

    protected async Task Check_Abandoned_running_rows_become_failed()
    {
        var (history, owner) = await OpenAsync();
        await using var _ = owner;
        await history.StartRunAsync(Six, Six, "w", default);
        Assert.Equal(1, await history.AbandonRunningAsync(Six.AddHours(1), default));

        var run = Assert.Single(await history.RecentAsync(1, default));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(Six.AddHours(1), run.EndedAt);
        Assert.StartsWith("abandoned", run.Message, StringComparison.Ordinal);
    }

    protected async Task Check_A_fire_left_running_is_taken_over_under_its_record_and_other_fires_are_not()
    {
        var (history, owner) = await OpenAsync();
        await using var _ = owner;
        var id = await history.StartRunAsync(Six, Six, "w1", default);

        var other = await history.TakeOverRunningAsync(Six.AddDays(1), Six.AddHours(1), "w2", default);
        var taken = await history.TakeOverRunningAsync(Six, Six.AddMinutes(1), "w2", default);
        await history.FinishRunAsync(id, Six.AddMinutes(3), new RunOutcome(RunStatus.Succeeded), default);

        Assert.Null(other);
        Assert.Equal(id, taken);
        var run = Assert.Single(await history.RecentAsync(10, default));
        Assert.Equal(("w2", RunStatus.Succeeded, Six.AddMinutes(1)), (run.Worker, run.Status, run.StartedAt));
        Assert.Null(await history.TakeOverRunningAsync(Six, Six.AddMinutes(5), "w3", default)); // finished: nothing to take over
    }

    protected async Task Check_Finishing_an_unknown_run_is_an_error()
    {
        var (history, owner) = await OpenAsync();
        await using var _ = owner;
        await Assert.ThrowsAsync<ArgumentException>(() => history.FinishRunAsync(42, Six, new RunOutcome(RunStatus.Succeeded), default));
    }
}
