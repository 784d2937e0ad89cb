using Microsoft.Extensions.Logging;
using Quartz;

namespace Summarizer.Scheduling.Clustering;

/// <summary>Gives each run of a clustered worker the dispatcher that spreads its stories over the cluster.</summary>
internal sealed class StoryFanOut(ISchedulerFactory schedulers, StoryTasks tasks, TimeProvider timeProvider, ILogger<StoryFanOut> logger)
{
    /// <summary>The dispatcher of the run of the brief writing into <paramref name="outputFolder"/> for <paramref name="scheduledFor"/>.</summary>
    public async Task<QuartzStoryDispatcher> ForAsync(string outputFolder, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var brief = DailyBriefTrigger.KeyOf(outputFolder);
        return new QuartzStoryDispatcher(scheduler, tasks, brief, $"{brief}@{scheduledFor.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}", timeProvider, logger);
    }
}
