using Microsoft.Extensions.Logging;
using Quartz;
using Summarizer.Chat;
using Summarizer.Pipeline;

namespace Summarizer.Scheduling.Clustering;

/// <summary>
/// One story of a fanned-out run, on whichever worker of the cluster took it: summarized with the brief's engine and
/// stored for the run's worker to assemble. Quartz runs it again elsewhere when its worker dies mid-way (the
/// model's replies it already paid for are in the shared cache); a story already done is not run twice.
/// </summary>
internal sealed class StoryJob(BriefStories briefs, StoryTasks tasks, ILogger<StoryJob> logger) : IJob
{
    public const string RunKey = "run", StoryKey = "story";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var run = data.GetString(RunKey) ?? throw new JobExecutionException("a story job without its run");
        var index = data.GetInt(StoryKey);
        if (await tasks.LoadAsync(run, index, cancellationToken) is not { Outcome: null } task)
        {
            return; // done already (a recovered or repeated job), or the run moved on
        }

        var worker = context.Scheduler.SchedulerInstanceId;
        var work = briefs.For(task.Brief)
            ?? throw new JobExecutionException($"this worker was not given the brief {task.Brief}: start every worker with the same --config");
        StoryOutcome outcome;
        try
        {
            outcome = StoryOutcome.Done(await work(task.Articles, cancellationToken));
        }
        catch (ProviderUnusableException ex)
        {
            outcome = StoryOutcome.ProviderUnusable(ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug would fail the same way on every worker: stored, it ends the run with the message instead of
            // being retried for ever. Stopping (cancellation) is not an outcome: the run's worker schedules the story again.
            logger.LogError(ex, "Story {Story} of run {Run} failed", index + 1, run);
            outcome = StoryOutcome.Failed($"{ex.GetType().Name}: {ex.Message}");
        }

        if (await tasks.CompleteAsync(run, index, outcome with { Worker = worker }, cancellationToken))
        {
            logger.LogInformation("Story {Story} of run {Run} done on {Worker}", index + 1, run, worker);
        }
    }
}
