using System.Globalization;
using Quartz;
using Summarizer.Scheduling.Running;

namespace Summarizer.Scheduling.Clustering;

/// <summary>
/// One fire of a brief's cron trigger in the Quartz cluster: the run, locked and recorded by the
/// <see cref="ScheduledRunner"/> like any other. Quartz gives each fire to exactly one worker, and never runs the
/// same brief on two at once.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DailyBriefJob(BriefRunners runners) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Every worker must be started with the same briefs: a fire of one this worker was not given fails, saying so.
        var runner = runners.ForJob(context.JobDetail.Key.Name)
            ?? throw new JobExecutionException($"this worker was not given the brief writing into {context.JobDetail.Description}: start every worker with the same --config");

        // A fire caught up after every worker was down comes "now": it stands for the latest cron time it missed,
        // which names the day's folder, as the single-machine catch-up does. A fire recovered from a worker that died
        // mid-run carries the original fire's time: the run is that fire's, taken over in the history.
        var fired = (context.Recovering ? OriginalScheduledFire(context.MergedJobDataMap) : null) ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var scheduledFor = runner.Options.Schedule.LatestAtOrBefore(fired) ?? fired;
        await runner.RunForAsync(scheduledFor, cancellationToken);
    }

    private static DateTimeOffset? OriginalScheduledFire(JobDataMap data) =>
        data.TryGetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
