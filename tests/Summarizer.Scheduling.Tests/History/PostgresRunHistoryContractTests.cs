using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Storage;
using Summarizer.Scheduling.Tests.Support;
using Summarizer.TestSupport.Postgres;

namespace Summarizer.Scheduling.Tests.History;

[Collection(SharedPostgres.Name)]
public sealed class PostgresRunHistoryContractTests(PostgresFixture postgres) : RunHistoryContract
{
    [PostgresFact]
    public Task Round_trips_a_finished_run_with_its_worker() => Check_Round_trips_a_finished_run_with_its_worker();

    [PostgresFact]
    public Task Last_successful_time_ignores_failed_skipped_and_running_runs() => Check_Last_successful_time_ignores_failed_skipped_and_running_runs();

    [PostgresFact]
    public Task Recent_lists_newest_first_and_honours_the_count() => Check_Recent_lists_newest_first_and_honours_the_count();

    [PostgresFact]
    public Task Abandoned_running_rows_become_failed() => Check_Abandoned_running_rows_become_failed();

    [PostgresFact]
    public Task A_fire_left_running_is_taken_over_under_its_record_and_other_fires_are_not() => Check_A_fire_left_running_is_taken_over_under_its_record_and_other_fires_are_not();

    [PostgresFact]
    public Task Finishing_an_unknown_run_is_an_error() => Check_Finishing_an_unknown_run_is_an_error();

    private protected override async Task<(IRunHistory History, IAsyncDisposable Owner)> OpenAsync(string brief = "/briefs/world")
    {
        var store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), default);
        return (new PostgresRunHistory(store.DataSource, brief), store);
    }

    [PostgresFact]
    public async Task Briefs_sharing_the_store_see_only_their_own_runs()
    {
        await using var store = await PostgresStore.OpenAsync(StoreSetting.Parse(await postgres.CreateDatabaseAsync()), default);
        var world = new PostgresRunHistory(store.DataSource, "/briefs/world");
        var tech = new PostgresRunHistory(store.DataSource, "/briefs/tech");
        var id = await world.StartRunAsync(Six, Six, "w1", default);
        await tech.StartRunAsync(Six, Six, "w2", default);

        Assert.Equal(1, await tech.AbandonRunningAsync(Six.AddHours(1), default));
        Assert.Equal(id, Assert.Single(await world.RecentAsync(10, default)).Id);
        Assert.Equal(RunStatus.Running, Assert.Single(await world.RecentAsync(10, default)).Status);
        await Assert.ThrowsAsync<ArgumentException>(() => tech.FinishRunAsync(id, Six, new RunOutcome(RunStatus.Succeeded), default));
    }
}
