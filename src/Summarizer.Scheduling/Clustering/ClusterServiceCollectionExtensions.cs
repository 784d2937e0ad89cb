using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.Clustering;

/// <summary>Wires the daily job into a Quartz cluster on the shared PostgreSQL store.</summary>
internal static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// A clustered Quartz scheduler (AdoJobStore on the store's database, one node per worker, named
    /// <paramref name="worker"/>) that fires the briefs of the registered <see cref="BriefRunners"/> and runs the
    /// stories of any worker's run (<see cref="StoryJob"/>, with the registered <see cref="BriefStories"/>), up to
    /// <paramref name="stories"/> at once on this worker. <paramref name="store"/> is the process's open store (its
    /// schema migrated, not owned here): the story records use its data source.
    /// </summary>
    public static IServiceCollection AddDailyJobCluster(this IServiceCollection services, PostgresStore store, string worker, int stories, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stories, 1);
        ArgumentNullException.ThrowIfNull(store);
        var connectionString = store.Setting.ConnectionString!;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "summarizer"; // the same for every worker: that is what makes them one cluster
                scheduler.InstanceId = worker;

                // Stories are due the moment a run fans them out: every worker looks for them each second and takes
                // one at a time, so they spread over the cluster instead of going to whichever worker looked first.
                scheduler.IdleWaitTime = TimeSpan.FromSeconds(1);
                scheduler.MaxBatchSize = 1;
            });

            // One thread for a brief's run (which waits for its stories) and the rest for stories.
            quartz.UseDefaultThreadPool(maxConcurrency: stories + 1);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(ado => ado.TablePrefix = PostgresStore.QuartzTablePrefix);
                store.UseSystemTextJsonSerializer();

                // A dead worker's fire is taken over after interval + threshold.
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                });
            });
        });
        services.AddSingleton(_ => new StoryTasks(store.DataSource, timeProvider));
        services.AddSingleton(services => new StoryFanOut(services.GetRequiredService<ISchedulerFactory>(), services.GetRequiredService<StoryTasks>(), timeProvider, services.GetRequiredService<ILogger<StoryFanOut>>()));
        services.AddHostedService<DailyBriefTrigger>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
