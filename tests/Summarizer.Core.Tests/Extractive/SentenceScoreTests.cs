using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

public class SentenceScoreTests
{
    private static double[][] Features(params string[] texts)
    {
        var table = new SentenceTable([.. texts.Select((t, i) => Stories.Article(i + 1, t))], 60);
        return SentenceFeatures.For(table, ConceptWeights.ForCluster(table, ExtractiveTuning.Default));
    }

    [Fact]
    public void Features_read_position_figures_names_and_attribution()
    {
        var rows = Features(
            "Engineers closed the old toll bridge over the estuary on Sunday. Traffic was sent through Carrow and Lisle instead.",
            "The toll bridge over the estuary shut after 3 cracks were found in 2 piers, the county council said.");
        var names = SentenceFeatures.Names.ToList();
        Assert.Equal(1, rows[0][names.IndexOf("first")]);
        Assert.Equal(0, rows[1][names.IndexOf("first")]);
        Assert.Equal(0.5, rows[1][names.IndexOf("lead")]);
        Assert.Equal(0.5, rows[1][names.IndexOf("depth")]);
        Assert.True(rows[1][names.IndexOf("names")] > 0);
        Assert.True(rows[2][names.IndexOf("figures")] > 0);
        Assert.Equal(0, rows[0][names.IndexOf("figures")]);
        Assert.Equal(1, rows[2][names.IndexOf("attribution")]);
        Assert.Equal(0, rows[0][names.IndexOf("attribution")]);
    }

    [Fact]
    public void A_sentence_on_the_shared_topic_is_more_central_than_an_aside()
    {
        var rows = Features(
            "The toll bridge over the estuary closed after engineers found cracks. A local bakery reopened with a new owner.",
            "Engineers found cracks in the toll bridge over the estuary, which closed on Sunday.",
            "Cracks closed the estuary toll bridge, engineers said.");
        var centrality = SentenceFeatures.Names.ToList().IndexOf("centrality");
        Assert.True(rows[0][centrality] > rows[1][centrality]);
    }

    [Fact]
    public void Scores_are_the_intercept_plus_weighted_features()
    {
        var weights = SentenceScoreWeights.FromVector(0.5, [1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, -1]);
        double[] features = [0.25, 1, 0.3, 0.5, 9, 9, 9, 9, 9, 9, 9, 1];
        Assert.Equal(0.5 + 0.25 + 1.0 - 1, weights.Score(features), 12);
        Assert.Equal([1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, -1], weights.Vector());
    }

    [Fact]
    public async Task The_learned_score_can_outweigh_concept_coverage()
    {
        // The repeated sentence covers every shared concept; the other alone has figures. With only room for one, concept
        // coverage takes the repeated one, and a score that values figures takes the other.
        const string shared = "Rescuers searched the flooded valley for missing villagers on Monday.";
        const string figures = "The river rose 4 metres and 212 homes lost power overnight.";
        var articles = new[] { Stories.Article(1, shared + " " + figures), Stories.Article(2, shared), Stories.Article(3, shared) };
        var options = new SummaryOptions { MaxWords = 14 };
        var plain = await ExtractiveEngine.CreateMerger(options, ExtractiveTuning.Default with { SentenceScore = null })
            .MergeAsync(articles, [], CancellationToken.None);
        var learned = await ExtractiveEngine.CreateMerger(
                options,
                ExtractiveTuning.Default with { PositionBonus = 0, SentenceScore = new SentenceScoreWeights { Figures = 1 }, SentenceScoreScale = 1000 })
            .MergeAsync(articles, [], CancellationToken.None);
        Assert.Equal(shared, plain.Summary);
        Assert.Equal(figures, learned.Summary);
    }

    [Fact]
    public async Task The_learned_score_moves_the_prose_and_never_brings_in_a_key_point()
    {
        // The plain summary takes the shared sentence and leaves the figures to the key points; the learned prose takes
        // the figures. The key points are still those the plain summary left, less what the prose now says: the shared
        // sentence does not become a key point (and so a one-source item) because the prose moved.
        const string shared = "Rescuers searched the flooded valley for missing villagers on Monday.";
        const string figures = "The river rose 4 metres and 212 homes lost power overnight.";
        var articles = new[] { Stories.Article(1, shared + " " + figures), Stories.Article(2, shared), Stories.Article(3, shared) };
        var options = new SummaryOptions { MaxWords = 14 };
        var plain = await ExtractiveEngine.CreateMerger(options, ExtractiveTuning.Default with { SentenceScoreScale = 0 })
            .MergeAsync(articles, [], CancellationToken.None);
        var learned = await ExtractiveEngine.CreateMerger(options, FiguresFirst).MergeAsync(articles, [], CancellationToken.None);
        Assert.Equal(figures, learned.Summary);
        Assert.Equal([figures], plain.KeyPoints.Select(k => k.Text));
        Assert.Empty(learned.KeyPoints);
    }

    [Fact]
    public async Task A_spare_the_learned_prose_does_not_state_stays_a_spare_though_one_outlet_gives_it()
    {
        // The plain summary takes the shared sentence, the figures become the key point and the two asides (one outlet
        // each, no figure or name) stand behind it as spares. The learned prose takes the figures; the asides it does not
        // state stay spares, though no other outlet reports them.
        const string shared = "Rescuers searched the flooded valley for missing villagers on Monday.";
        const string figures = "The river rose 4 metres and 212 homes lost power overnight.";
        const string blankets = "Volunteers handed out blankets and hot soup in the school hall.";
        const string dogs = "Several families brought their dogs and cats to the church shelter.";
        var articles = new[]
        {
            Stories.Article(1, string.Join(" ", shared, figures, blankets)),
            Stories.Article(2, shared + " " + dogs),
            Stories.Article(3, shared),
        };
        var options = new SummaryOptions { MaxWords = 14, MergedKeyPoints = 1 };
        var plain = await ExtractiveEngine.CreateMerger(options, ExtractiveTuning.Default with { SentenceScoreScale = 0 })
            .MergeAsync(articles, [], CancellationToken.None);
        var learned = await ExtractiveEngine.CreateMerger(options, FiguresFirst).MergeAsync(articles, [], CancellationToken.None);
        Assert.Equal([figures], plain.KeyPoints.Select(k => k.Text));
        Assert.Equal(figures, learned.Summary);
        Assert.Equal(plain.SpareKeyPoints.Select(k => k.Text).Order(), learned.SpareKeyPoints.Select(k => k.Text).Order());
        Assert.Contains(blankets, learned.SpareKeyPoints.Select(k => k.Text));
        Assert.Contains(dogs, learned.SpareKeyPoints.Select(k => k.Text));
    }

    [Fact]
    public async Task The_learned_prose_keeps_the_quoted_words_of_the_plain_summary()
    {
        // Room for the quote and one more: the plain summary takes the quote and the shared search; a score for figures
        // alone would take the figures and the search, dropping who said what.
        const string quote = "\"We will search every house in the valley,\" said fire chief Anna Berg on Monday.";
        const string search = "Rescuers searched the flooded valley for missing villagers on Monday.";
        const string figures = "The river rose 4 metres and 212 homes lost power overnight.";
        var articles = new[] { Stories.Article(1, quote + " " + figures), Stories.Article(2, quote + " " + search), Stories.Article(3, quote + " " + search) };
        var options = new SummaryOptions { MaxWords = 25 };
        var plain = await ExtractiveEngine.CreateMerger(options, ExtractiveTuning.Default with { SentenceScoreScale = 0 })
            .MergeAsync(articles, [], CancellationToken.None);
        var learned = await ExtractiveEngine.CreateMerger(options, FiguresFirst).MergeAsync(articles, [], CancellationToken.None);
        Assert.Contains(quote, plain.Summary, StringComparison.Ordinal);
        Assert.Contains(quote, learned.Summary, StringComparison.Ordinal);
    }

    private static ExtractiveTuning FiguresFirst { get; } =
        ExtractiveTuning.Default with { PositionBonus = 0, SentenceScore = new SentenceScoreWeights { Figures = 1 }, SentenceScoreScale = 1000 };
}
