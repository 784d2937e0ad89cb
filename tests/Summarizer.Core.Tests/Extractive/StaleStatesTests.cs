using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

public class StaleStatesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Dated(int id, string text, DateTimeOffset published) =>
        Stories.Article(id, text) with { Metadata = ArticleMetadata.Empty with { PublishedAt = published } };

    [Theory]
    [InlineData("Ferry crossings to the island were suspended after the storm damaged the pier.", "Ferry crossings to the island have resumed after repairs to the pier.")]
    [InlineData("The club is expected to sign the young striker before the window closes.", "The club has signed the young striker on a three-year contract.")]
    [InlineData("Two teenagers were arrested after the fire at the shop in Harlow Street.", "Two teenagers have been charged over the fire at the shop in Harlow Street.")]
    public void A_state_an_outlet_published_later_reports_further_along_is_stale(string earlier, string later)
    {
        var table = new SentenceTable([Dated(1, earlier, Monday), Dated(2, later, Monday.AddHours(20))], 60);
        var states = new StaleStates(table, CancellationToken.None);
        Assert.True(states.Superseded(0));
        Assert.False(states.Advances(0));
        Assert.True(states.Advances(1));
        Assert.False(states.Superseded(1));
    }

    [Fact]
    public void Reports_of_one_moment_are_not_stale()
    {
        var table = new SentenceTable(
            [
                Dated(1, "Ferry crossings to the island were suspended after the storm damaged the pier.", Monday),
                Dated(2, "Ferry crossings to the island have resumed after repairs to the pier.", Monday),
            ],
            60);
        var states = new StaleStates(table, CancellationToken.None);
        Assert.False(states.Superseded(0));
        Assert.False(states.Advances(1));
    }

    [Fact]
    public async Task The_learned_prose_leaves_out_a_state_a_later_outlet_moved_on()
    {
        // A score that values figures alone would take the suspension with its figures; the second outlet, a day later,
        // reports the trains running again, so the prose takes another sentence.
        const string stale = "Services on the coast line were suspended after 3 landslips blocked 14 trains.";
        const string later = "Trains on the coast line have resumed after engineers cleared the track.";
        const string shared = "Rescuers searched the coast line for stranded passengers on Monday.";
        var articles = new[]
        {
            Dated(1, stale + " " + shared, Monday), Dated(2, later + " " + shared, Monday.AddDays(1)), Dated(3, shared, Monday.AddDays(1)),
        };
        var merged = await ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 14 }, FiguresFirst).MergeAsync(articles, [], CancellationToken.None);
        Assert.DoesNotContain("suspended", merged.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_point_the_prose_states_gives_its_place_to_the_next()
    {
        // The plain summary takes the shared search and leaves the figures and the shelter (which two outlets report) to
        // the key points; the learned prose takes the figures, so the shelter, the next in line, is the key point.
        const string shared = "Rescuers searched the flooded valley for missing villagers on Monday.";
        const string figures = "The river rose 4 metres and 212 homes lost power overnight.";
        const string shelter = "Volunteers opened a shelter for the stranded families in the village hall.";
        var articles = new[] { Stories.Article(1, shared + " " + figures + " " + shelter), Stories.Article(2, shared + " " + shelter), Stories.Article(3, shared) };
        var options = new SummaryOptions { MaxWords = 14, MergedKeyPoints = 1 };
        var plain = await ExtractiveEngine.CreateMerger(options, ExtractiveTuning.Default with { SentenceScoreScale = 0 })
            .MergeAsync(articles, [], CancellationToken.None);
        var learned = await ExtractiveEngine.CreateMerger(options, FiguresFirst).MergeAsync(articles, [], CancellationToken.None);
        Assert.Equal([figures], plain.KeyPoints.Select(k => k.Text));
        Assert.Equal(figures, learned.Summary);
        Assert.Equal([shelter], learned.KeyPoints.Select(k => k.Text));
    }

    [Fact]
    public async Task A_key_point_only_one_outlet_gives_does_not_take_a_freed_place()
    {
        // As above, but only the first outlet reports the shelter: listed, it would be a single-source item the plain
        // brief did not have, so the place the figures free stays empty.
        const string shared = "Rescuers searched the flooded valley for missing villagers on Monday.";
        const string figures = "The river rose 4 metres and 212 homes lost power overnight.";
        const string shelter = "Volunteers opened a shelter for the stranded families in the village hall.";
        var articles = new[] { Stories.Article(1, shared + " " + figures + " " + shelter), Stories.Article(2, shared), Stories.Article(3, shared) };
        var options = new SummaryOptions { MaxWords = 14, MergedKeyPoints = 1 };
        var learned = await ExtractiveEngine.CreateMerger(options, FiguresFirst).MergeAsync(articles, [], CancellationToken.None);
        Assert.Equal(figures, learned.Summary);
        Assert.Empty(learned.KeyPoints);
    }

    private static ExtractiveTuning FiguresFirst { get; } =
        ExtractiveTuning.Default with { PositionBonus = 0, SentenceScore = new SentenceScoreWeights { Figures = 1 }, SentenceScoreScale = 1000 };
}
