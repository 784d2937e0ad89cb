using Summarizer.Scheduling.History;
using Summarizer.Scheduling.Tests.Support;

namespace Summarizer.Scheduling.Tests.History;

public sealed class SqliteRunHistoryContractTests : RunHistoryContract
{
    [Fact]
    public Task Round_trips_a_finished_run_with_its_worker() => Check_Round_trips_a_finished_run_with_its_worker();

    [Fact]
    public Task Last_successful_time_ignores_failed_skipped_and_running_runs() => Check_Last_successful_time_ignores_failed_skipped_and_running_runs();

    [Fact]
    public Task Recent_lists_newest_first_and_honours_the_count() => Check_Recent_lists_newest_first_and_honours_the_count();

    [Fact]
    public Task Abandoned_running_rows_become_failed() => Check_Abandoned_running_rows_become_failed();

    [Fact]
    public Task A_fire_left_running_is_taken_over_under_its_record_and_other_fires_are_not() => Check_A_fire_left_running_is_taken_over_under_its_record_and_other_fires_are_not();

    [Fact]
    public Task Finishing_an_unknown_run_is_an_error() => Check_Finishing_an_unknown_run_is_an_error();

    private protected override async Task<(IRunHistory History, IAsyncDisposable Owner)> OpenAsync(string brief = "/briefs/world")
    {
        var folder = new TempFolder();
        var history = await RunHistory.OpenAsync(folder.Path);
        return (history, new Owner(history, folder));
    }

    private sealed class Owner(RunHistory history, TempFolder folder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            history.Dispose();
            folder.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
