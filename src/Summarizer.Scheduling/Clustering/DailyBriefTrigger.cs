using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Summarizer.Scheduling.Running;

namespace Summarizer.Scheduling.Clustering;

/// <summary>
/// Puts each brief's job and cron trigger into the cluster's store at start, once for all workers: a worker that
/// finds them there leaves them alone (replacing a trigger another worker has already acquired could fire the same
/// time twice), and only a changed cron or time zone replaces it.
/// </summary>
internal sealed class DailyBriefTrigger(ISchedulerFactory schedulers, BriefRunners runners, ILogger<DailyBriefTrigger> logger) : IHostedService
{
    private const string Group = "summarizer";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var runner in runners.All)
        {
            await ScheduleAsync(scheduler, runner.Options, cancellationToken);
        }
    }

    private async Task ScheduleAsync(IScheduler scheduler, ScheduledRunnerOptions options, CancellationToken cancellationToken)
    {
        var name = KeyOf(options.OutputFolder);
        var jobKey = new JobKey(name, Group);
        var triggerKey = new TriggerKey(name, Group);
        var schedule = options.Schedule;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .WithDescription($"{schedule.StandardExpression} in {schedule.TimeZone.Id}")
            .WithSchedule(CronScheduleBuilder.Create(schedule.QuartzExpression)
                .InTimeZone(schedule.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)) // all workers down at a fire time: run once when one is back
            .Build();
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken);
        if (existing is ICronTrigger cron && cron.CronExpressionString == schedule.QuartzExpression && cron.TimeZone.Id == schedule.TimeZone.Id)
        {
            logger.LogInformation("Joined the cluster's schedule for {Output}: {Cron} in {TimeZone}", options.OutputFolder, schedule.StandardExpression, schedule.TimeZone.Id);
            return;
        }

        if (existing is not null)
        {
            await scheduler.RescheduleJob(triggerKey, trigger, cancellationToken);
            logger.LogWarning("The schedule of {Output} changed: now {Cron} in {TimeZone} for every worker", options.OutputFolder, schedule.StandardExpression, schedule.TimeZone.Id);
            return;
        }

        var job = JobBuilder.Create<DailyBriefJob>()
            .WithIdentity(jobKey)
            .WithDescription(options.OutputFolder)
            .StoreDurably()
            .RequestRecovery() // a worker that dies mid-run: another one runs the fire again
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken);
            logger.LogInformation("Scheduled {Output} in the cluster: {Cron} in {TimeZone}", options.OutputFolder, schedule.StandardExpression, schedule.TimeZone.Id);
        }
        catch (ObjectAlreadyExistsException)
        {
            // A worker starting at the same moment stored it first: the same job and trigger.
            logger.LogInformation("Joined the cluster's schedule for {Output}", options.OutputFolder);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Quartz keys are short names; the brief is known by its output folder's absolute path.
    internal static string KeyOf(string outputFolder) =>
        "brief-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(outputFolder))))[..16];
}
