using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Quartz;
using Summarizer.Documents;
using Summarizer.Pipeline;

namespace Summarizer.Scheduling.Clustering;

/// <summary>
/// Fans one run's stories out over the cluster: each story is stored (<see cref="StoryTasks"/>) and given to Quartz as a
/// one-off <see cref="StoryJob"/> that any worker may take; the run waits until every story is done and returns the
/// outcomes in story order. A story whose job was lost (its worker stopped without finishing it) is scheduled again.
/// </summary>
internal sealed class QuartzStoryDispatcher(
    IScheduler scheduler,
    StoryTasks tasks,
    string briefKey,
    string runKey,
    TimeProvider timeProvider,
    ILogger logger) : IStoryDispatcher
{
    private const string Group = "summarizer-stories";

    /// <summary>How often the run looks at its stories while they run.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How often it checks that every story not done still has a job somewhere in the cluster.</summary>
    internal static readonly TimeSpan LostJobCheck = TimeSpan.FromSeconds(10);

    /// <summary>How many stories each worker ran ("worker-1 5, worker-2 9"), once <see cref="RunAsync"/> has returned.</summary>
    public string? StoryWorkers { get; private set; }

    private readonly string _jobPrefix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(runKey)))[..16];

    public async Task<IReadOnlyList<StoryOutcome>> RunAsync(IReadOnlyList<IReadOnlyList<CleanedArticle>> stories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stories);
        await tasks.PublishAsync(runKey, briefKey, stories, cancellationToken);
        var done = await tasks.DoneAsync(runKey, cancellationToken);
        var scheduled = 0;
        for (var i = 0; i < done.Count; i++)
        {
            scheduled += !done[i] && await ScheduleAsync(i, cancellationToken) ? 1 : 0;
        }

        logger.LogInformation("Run {Run}: {Stories} stories fanned out to the cluster ({Scheduled} scheduled, {Done} done before)", runKey, stories.Count, scheduled, done.Count(d => d));
        var lastCheck = timeProvider.GetUtcNow();
        var reported = done.Count(d => d);
        while (done.Contains(false))
        {
            await Task.Delay(PollInterval, timeProvider, cancellationToken);
            done = await tasks.DoneAsync(runKey, cancellationToken);
            if (done.Count(d => d) is var finished && finished != reported)
            {
                reported = finished;
                logger.LogInformation("Run {Run}: {Done} of {Stories} stories done", runKey, finished, stories.Count);
            }

            if (timeProvider.GetUtcNow() - lastCheck >= LostJobCheck)
            {
                lastCheck = timeProvider.GetUtcNow();
                await RescheduleLostAsync(done, cancellationToken);
            }
        }

        var outcomes = await tasks.OutcomesAsync(runKey, cancellationToken);
        if (outcomes.Count != stories.Count || outcomes.Any(o => o is null))
        {
            throw new InvalidOperationException($"run {runKey}: {outcomes.Count(o => o is not null)} of {stories.Count} stories came back");
        }

        StoryWorkers = string.Join(", ", outcomes.GroupBy(o => o!.Worker ?? "?", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        logger.LogInformation("Run {Run}: stories per worker {Workers}", runKey, StoryWorkers);
        return [.. outcomes.Select(o => o!)];
    }

    /// <summary>The run's stories are no longer needed once its brief is written.</summary>
    public Task ForgetAsync(CancellationToken cancellationToken) => tasks.ForgetAsync(runKey, cancellationToken);

    private async Task RescheduleLostAsync(IReadOnlyList<bool> done, CancellationToken cancellationToken)
    {
        for (var i = 0; i < done.Count; i++)
        {
            if (!done[i] && !await scheduler.Exists(JobKeyOf(i), cancellationToken) && await ScheduleAsync(i, cancellationToken))
            {
                logger.LogWarning("Run {Run}: story {Story} lost its job before it was done; scheduled again", runKey, i + 1);
            }
        }
    }

    /// <returns>False when the story's job is already in the cluster (a run taken over finds its stories' jobs there).</returns>
    private async Task<bool> ScheduleAsync(int story, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<StoryJob>()
            .WithIdentity(JobKeyOf(story))
            .WithDescription($"story {story + 1} of {runKey}")
            .UsingJobData(StoryJob.RunKey, runKey)
            .UsingJobData(StoryJob.StoryKey, story)
            .RequestRecovery() // its worker dies mid-way: another one runs it again
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(JobKeyOf(story).Name, Group)
            .StartNow()
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }

    private JobKey JobKeyOf(int story) => new($"{_jobPrefix}-{story}", Group);
}
