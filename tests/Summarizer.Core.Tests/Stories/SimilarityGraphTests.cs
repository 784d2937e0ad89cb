using Summarizer.Documents;
using Summarizer.Stories;

namespace Summarizer.Core.Tests.Stories;

public class SimilarityGraphTests
{
    private const int Stories = 200;
    private const int PerStory = 3;

    // Every article shares the same everyday words with all others (common: in more than 200 articles) and a few
    // invented words with the two others of its story only.
    private static List<CleanedArticle> ManySmallStories()
    {
        var articles = new List<CleanedArticle>();
        for (var story = 0; story < Stories; story++)
        {
            var (a, b, c) = (Word(story, 'a'), Word(story, 'e'), Word(story, 'o'));
            for (var k = 0; k < PerStory; k++)
            {
                var text = $"The council met on the river road. Residents spoke about the {a} plan and the {b} vote. Officials said the {c} report comes later.";
                articles.Add(new CleanedArticle(articles.Count + 1, $"s{story}-{k}.txt", null, ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty));
            }
        }

        return articles;
    }

    // Letters only (digits are not content words): "zqbat", "zqbet", ...
    private static string Word(int story, char vowel) =>
        $"z{(char)('b' + (story / 20))}{(char)('b' + (story % 20))}{vowel}t";

    [Fact]
    public void Compares_only_the_pairs_that_share_a_rare_word_not_all_pairs()
    {
        var articles = ManySmallStories();
        var features = ArticleFeatures.WithDayNames([.. articles.Select(a => ArticleFeatures.Extract(a, StoryClusteringOptions.Default))]);

        var graph = SimilarityGraph.Build(features, StoryClusteringOptions.Default, CancellationToken.None);

        // All pairs would be 600 x 599 / 2 = 179,700; the pairs inside the stories are 200 x 3 = 600.
        Assert.Equal(Stories * PerStory, graph.Compared);
        Assert.Equal(Stories * PerStory, graph.PairCount);
    }

    [Fact]
    public void Recovers_every_small_story_of_a_large_day()
    {
        var clusters = StoryClusterers.Create().Cluster(ManySmallStories());

        Assert.Equal(Stories, clusters.Count);
        Assert.All(clusters, c => Assert.Single(c.Articles.Select(a => a.Origin.Split('-')[0]).Distinct()));
        Assert.All(clusters, c => Assert.Equal(PerStory, c.Articles.Count));
    }
}
