using Summarizer.Cleaning;
using Summarizer.Stories;
using Summarizer.TestSupport;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Stories;

/// <summary>
/// How well the default clusterer recovers true stories: on the invented day (tuned against), on
/// the five seeds (one story told by five noisy sources) and on mixed DUC 2004 clusters (held out).
/// </summary>
public class StoryClusteringQualityTests(ITestOutputHelper output)
{
    private static readonly IStoryClusterer Clusterer = StoryClusterers.Create();

    [Fact]
    public async Task Recovers_the_stories_of_the_invented_day()
    {
        var (articles, truth) = await StoryTestData.DayAsync();

        var clusters = Clusterer.Cluster(articles);
        var score = ClusterScore.Of(clusters, truth);

        output.WriteLine($"day fixture: {articles.Count} articles, {truth.Values.Distinct().Count()} stories, {clusters.Count} clusters; {score}");
        output.WriteLine(StoryTestData.Describe(clusters));
        Assert.True(score.F1 >= 0.9, $"day fixture {score}");
    }

    [Theory]
    [InlineData("tarrow-bridge-collapse", "vale-cup-final")]
    [InlineData("nurses-strike-ends", "korvath-leadership-bid")]
    public async Task Keeps_stories_sharing_a_city_or_a_person_apart(string story, string other)
    {
        var (articles, truth) = await StoryTestData.DayAsync();

        var clusters = Clusterer.Cluster(articles);

        foreach (var cluster in clusters)
        {
            var stories = cluster.Articles.Select(a => truth[a.Id]).ToHashSet();
            Assert.False(stories.Contains(story) && stories.Contains(other), StoryTestData.Describe(clusters));
        }

        // Each of the two stories is whole, so the test is not passing by shattering them.
        Assert.Contains(clusters, c => c.Articles.Select(a => truth[a.Id]).Count(s => s == story) == truth.Values.Count(s => s == story));
        Assert.Contains(clusters, c => c.Articles.Select(a => truth[a.Id]).Count(s => s == other) == truth.Values.Count(s => s == other));
    }

    [Fact]
    public async Task Puts_the_five_noisy_seed_sources_in_one_story()
    {
        var articles = await StoryTestData.LoadFolderAsync(RepoPaths.Seeds);

        var clusters = Clusterer.Cluster(articles);

        output.WriteLine(StoryTestData.Describe(clusters));
        Assert.Equal(5, articles.Count);
        var only = Assert.Single(clusters);
        Assert.Equal(5, only.Articles.Count);
    }

    [Fact]
    public async Task Separates_six_mixed_duc_topics()
    {
        // Every fourth folder: a fixed, spread-out choice made before looking at any result.
        var folders = StoryTestData.DucFolders().Where((_, i) => i % 4 == 0).Take(6).ToList();
        var (articles, truth) = await StoryTestData.DucMixAsync(folders);

        var clusters = Clusterer.Cluster(articles);
        var score = ClusterScore.Of(clusters, truth);

        output.WriteLine($"DUC 2004 dev, 6 topics ({string.Join(' ', folders)}): {articles.Count} articles, {clusters.Count} clusters; {score}");
        output.WriteLine(StoryTestData.Describe(clusters));
        Assert.Equal(6, folders.Count);
        Assert.True(score.F1 >= 0.8, $"DUC 6 topics {score}");
    }

    [Fact]
    public async Task Separates_all_mixed_duc_topics()
    {
        var folders = StoryTestData.DucFolders();
        var (articles, truth) = await StoryTestData.DucMixAsync(folders);

        var clusters = Clusterer.Cluster(articles);
        var score = ClusterScore.Of(clusters, truth);

        output.WriteLine($"DUC 2004 dev, all {folders.Count} topics: {articles.Count} articles, {clusters.Count} clusters; {score}");
        output.WriteLine(StoryTestData.Describe(clusters));
        Assert.True(folders.Count >= 20);
        Assert.True(score.F1 >= 0.8, $"DUC all topics {score}");
    }
}
