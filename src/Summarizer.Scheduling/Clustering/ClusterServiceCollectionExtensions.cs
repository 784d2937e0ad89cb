using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Summarizer.Scheduling.Running;
using Summarizer.Scheduling.Storage;

namespace Summarizer.Scheduling.Clustering;

/// <summary>Wires the daily job into a Quartz cluster on the shared PostgreSQL store.</summary>
internal static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// A clustered Quartz scheduler (AdoJobStore on the store's database, one node per worker, named
    /// <paramref name="worker"/>) that fires the briefs of the registered <see cref="BriefRunners"/>.
    /// The store's schema must already be there (<see cref="JobStates.OpenAsync"/> creates it).
    /// </summary>
    public static IServiceCollection AddDailyJobCluster(this IServiceCollection services, StoreSetting store, string worker)
    {
        ArgumentNullException.ThrowIfNull(store);
        var connectionString = store.ConnectionString
            ?? throw new ArgumentException("a cluster needs a shared (PostgreSQL) store", nameof(store));
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "summarizer"; // the same for every worker: that is what makes them one cluster
                scheduler.InstanceId = worker;
            });
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
        services.AddHostedService<DailyBriefTrigger>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
