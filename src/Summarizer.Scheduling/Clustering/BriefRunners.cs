using Summarizer.Scheduling.Running;

namespace Summarizer.Scheduling.Clustering;

/// <summary>The runners of every brief this worker serves (one per <c>brief.yaml</c>), each known in the cluster by its output folder.</summary>
internal sealed class BriefRunners(IReadOnlyList<ScheduledRunner> runners) : IDisposable
{
    public IReadOnlyList<ScheduledRunner> All => runners;

    /// <summary>The runner of the brief a cluster job names (<see cref="DailyBriefTrigger.KeyOf"/>), or null for a brief this worker was not given.</summary>
    public ScheduledRunner? ForJob(string jobName) =>
        runners.FirstOrDefault(r => DailyBriefTrigger.KeyOf(r.Options.OutputFolder) == jobName);

    public void Dispose()
    {
        foreach (var runner in runners)
        {
            runner.Dispose();
        }
    }
}
