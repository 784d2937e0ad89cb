using FsCheck;
using FsCheck.Fluent;
using Summarizer.Documents;
using Summarizer.Stories;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Stories;

public class StoryClustererTests
{
    private static readonly IStoryClusterer Clusterer = StoryClusterers.Create();

    private static CleanedArticle Article(int id, string title, string text, string? outlet = null, string? url = null, DateTimeOffset? at = null, string? origin = null) =>
        new(id, origin ?? $"article-{id}.txt", title, new ArticleMetadata { Outlet = outlet, Url = url, PublishedAt = at }, text, WordCount.Of(text), CleaningReport.Empty);

    private const string Fire =
        "A fire destroyed the Harlow Street warehouse in Dunmore on Friday night. Firefighters from three stations fought the blaze for six hours. Chief Ana Brill said the warehouse roof collapsed shortly after midnight.";

    private const string FireAgain =
        "Firefighters spent six hours fighting a blaze that gutted a warehouse on Harlow Street in Dunmore. The roof fell in after midnight, fire chief Ana Brill said. Nobody was inside the warehouse.";

    private const string Election =
        "Voters in Pellin elected Mara Osk as mayor on Sunday with 58 percent of the ballots. Osk promised cheaper buses and a new library. Turnout reached a record for a municipal election.";

    private static IReadOnlyList<CleanedArticle> Sample() =>
    [
        Article(1, "Warehouse fire in Dunmore", Fire, outlet: "Dunmore Daily"),
        Article(2, "Election: Osk wins Pellin mayoral race", Election, outlet: "Pellin Post"),
        Article(3, "Blaze guts Harlow Street warehouse", FireAgain, url: "https://www.county-news.example/fire"),
        Article(4, "Dunmore warehouse destroyed by fire", Fire + " Police are investigating the cause.", outlet: "dunmore daily"),
    ];

    [Fact]
    public void Cancellation_part_way_through_the_merges_stops_the_clustering()
    {
        var uncancelled = 0;
        new AgglomerativeStoryClusterer(StoryClusteringOptions.Default, merges => uncancelled = merges).Cluster(Sample());
        using var cancellation = new CancellationTokenSource();
        var done = 0;
        var clusterer = new AgglomerativeStoryClusterer(StoryClusteringOptions.Default, merges =>
        {
            done = merges;
            cancellation.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() => clusterer.Cluster(Sample(), cancellation.Token));
        Assert.Equal(2, uncancelled);
        Assert.Equal(1, done);
    }

    [Fact]
    public void Cancellation_while_pairs_are_found_stops_before_any_merge()
    {
        using var cancellation = new CancellationTokenSource();
        var (rows, merges) = (0, 0);
        var clusterer = new AgglomerativeStoryClusterer(
            StoryClusteringOptions.Default,
            afterMerge: m => merges = m,
            afterRow: r =>
            {
                rows = r;
                cancellation.Cancel();
            });

        Assert.ThrowsAny<OperationCanceledException>(() => clusterer.Cluster(Sample(), cancellation.Token));
        Assert.Equal(1, rows);
        Assert.Equal(0, merges);
    }

    [Fact]
    public void Returns_no_stories_for_no_articles()
    {
        Assert.Empty(Clusterer.Cluster([]));
    }

    [Fact]
    public void Groups_the_same_event_and_keeps_a_lone_story_apart()
    {
        var clusters = Clusterer.Cluster(Sample());

        Assert.Equal(2, clusters.Count);
        Assert.Equal([1, 3, 4], clusters[0].Articles.Select(a => a.Id));
        Assert.Equal([2], clusters[1].Articles.Select(a => a.Id));
        Assert.Equal(1, clusters[1].Cohesion);
        Assert.Equal("Election: Osk wins Pellin mayoral race", clusters[1].Title);
    }

    [Fact]
    public void Counts_outlets_case_insensitively_falling_back_to_the_url_host()
    {
        var fire = Clusterer.Cluster(Sample())[0];

        Assert.Equal(["county-news.example", "Dunmore Daily"], fire.Outlets);
        Assert.Equal(2, fire.DistinctOutlets);
    }

    [Fact]
    public void Orders_stories_by_outlets_before_size()
    {
        // Two copies from one outlet against two different outlets: the wider story comes first.
        var articles = new[]
        {
            Article(1, "Warehouse fire in Dunmore", Fire, outlet: "Same Paper"),
            Article(2, "Warehouse fire in Dunmore", Fire, outlet: "Same Paper"),
            Article(3, "Osk wins Pellin", Election, outlet: "Pellin Post"),
            Article(4, "Pellin elects Osk", Election, outlet: "Valley Radio"),
        };

        var clusters = Clusterer.Cluster(articles);

        Assert.Equal([3, 4], clusters[0].Articles.Select(a => a.Id));
        Assert.Equal([1, 2], clusters[1].Articles.Select(a => a.Id));
    }

    [Fact]
    public void Falls_back_to_the_origin_when_no_outlet_or_url_is_known()
    {
        var articles = new[]
        {
            Article(1, "Fire", Fire, origin: "a.txt"),
            Article(2, "Fire", Fire, origin: "https://news.example/x"),
        };

        var only = Assert.Single(Clusterer.Cluster(articles));

        Assert.Equal(["a.txt", "news.example"], only.Outlets);
    }

    [Fact]
    public void Keeps_articles_published_far_apart_in_separate_stories()
    {
        var day = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        var similar = new[]
        {
            Article(1, "Blaze guts Harlow Street warehouse", FireAgain, at: day),
            Article(2, "Warehouse fire in Dunmore", Fire, at: day.AddDays(10)),
        };
        var near = similar.Select(a => a with { Metadata = a.Metadata with { PublishedAt = day.AddHours(a.Id) } }).ToList();
        var strict = StoryClusterers.Create(new StoryClusteringOptions { DistantTimeFactor = 0 });

        Assert.Single(strict.Cluster(near));
        Assert.Equal(2, strict.Cluster(similar).Count);
    }

    [Fact]
    public void Labels_an_untitled_story_with_its_opening_words_joining_a_cut_after_an_initial()
    {
        var text = "Indonesian President B.J. Habibie flew to Manila on Monday. He met the president.";

        var only = Assert.Single(Clusterer.Cluster([Article(1, "", text) with { Title = null }]));

        Assert.Equal("Indonesian President B.J. Habibie flew to Manila on Monday.", only.Title);
    }

    [Fact]
    public void Rejects_duplicate_ids()
    {
        var articles = new[] { Article(1, "a", Fire), Article(1, "b", Election) };

        var error = Assert.Throws<ArgumentException>(() => Clusterer.Cluster(articles));
        Assert.Contains("id 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_the_same_result_on_repeated_runs()
    {
        var first = Describe(Clusterer.Cluster(Sample()));
        var second = Describe(StoryClusterers.Create().Cluster(Sample()));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Does_not_depend_on_the_input_order()
    {
        var (articles, _) = await StoryTestData.DayAsync();
        var expected = Describe(Clusterer.Cluster(articles));

        Prop.ForAll(
                Gen.Shuffle(articles.ToArray()).ToArbitrary(),
                shuffled => Describe(Clusterer.Cluster(shuffled)) == expected)
            .Check(PropertyConfig.Default);
    }

    [Theory]
    [InlineData("Threshold", 0.0)]
    [InlineData("Threshold", 1.5)]
    [InlineData("Threshold", double.NaN)]
    [InlineData("EntityWeight", -0.1)]
    [InlineData("TitleWeight", 50.0)]
    [InlineData("LeadWeight", -1.0)]
    [InlineData("LeadSentences", -1.0)]
    [InlineData("MaxTimeApart", 0.0)]
    [InlineData("DistantTimeFactor", 2.0)]
    public void Rejects_invalid_options_naming_the_field(string field, double value)
    {
        var options = field switch
        {
            "Threshold" => new StoryClusteringOptions { Threshold = value },
            "EntityWeight" => new StoryClusteringOptions { EntityWeight = value },
            "TitleWeight" => new StoryClusteringOptions { TitleWeight = value },
            "LeadWeight" => new StoryClusteringOptions { LeadWeight = value },
            "LeadSentences" => new StoryClusteringOptions { LeadSentences = (int)value },
            "MaxTimeApart" => new StoryClusteringOptions { MaxTimeApart = TimeSpan.FromHours(value) },
            _ => new StoryClusteringOptions { DistantTimeFactor = value },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StoryClusterers.Create(options));
        Assert.Equal(field, error.ParamName);
        Assert.Contains("StoryClusteringOptions." + field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_default_options()
    {
        Assert.Same(StoryClusteringOptions.Default, StoryClusteringOptions.Default.Validate());
    }

    private static string Describe(IReadOnlyList<StoryCluster> clusters) => string.Join(
        " | ",
        clusters.Select(c => $"{string.Join(",", c.Articles.Select(a => a.Id))} {c.Representative.Id} {c.Title} {c.Cohesion:R}"));
}
