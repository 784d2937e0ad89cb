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

    [Theory]
    [InlineData("Lifeboat crews pulled 14 walkers from the flooded coastal path on Saturday.", "The number of walkers pulled from the flooded coastal path has now risen to 19, the coastguard said.")]
    [InlineData("Volunteers have raised £4,000 for the family whose farmhouse burned down in Kelby.", "The total raised for the Kelby family whose farmhouse burned down has passed £9,000, organisers said.")]
    [InlineData("Police received 60 complaints about the noise from the Marlow Street club last month.", "The latest figures show police received 85 complaints about noise from the Marlow Street club.")]
    public void A_count_an_outlet_published_later_gives_anew_is_stale(string earlier, string later)
    {
        SentenceTable Table(TimeSpan apart) => new([Dated(1, earlier, Monday), Dated(2, later, Monday + apart)], 60);
        var table = Table(TimeSpan.FromDays(1));
        var states = new StaleStates(table, CancellationToken.None, new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap));
        Assert.True(states.Superseded(0));
        Assert.False(states.Superseded(1));

        // Published together, neither report is the newer; without the repeat test, a count is no state.
        var together = Table(TimeSpan.Zero);
        Assert.False(new StaleStates(together, CancellationToken.None, new SameFacts(together, ExtractiveTuning.Default.SameFactOverlap)).Superseded(0));
        Assert.False(new StaleStates(table, CancellationToken.None).Superseded(0));
    }

    [Fact]
    public void A_later_count_of_something_else_or_not_said_as_newer_leaves_the_earlier_current()
    {
        const string earlier = "Police received 60 complaints about the noise from the Marlow Street club last month.";
        var table = new SentenceTable(
            [
                Dated(1, earlier, Monday),
                Dated(2, "Police received 85 complaints about the noise from the Marlow Street club in the summer.", Monday.AddDays(1)),
                Dated(3, "The council has now fined 3 pubs in the town centre for late opening.", Monday.AddDays(1)),
            ],
            60);
        var states = new StaleStates(table, CancellationToken.None, new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap));
        Assert.False(states.Superseded(0));
    }

    [Theory]
    [InlineData("Ferry crossings to the island were suspended after the storm damaged the pier at Calloway.", "Ferry crossings to the island have resumed after repairs to the pier at Calloway.")]
    [InlineData("Lifeboat crews pulled 14 walkers from the flooded coastal path near Calloway.", "The number of walkers pulled from the flooded coastal path near Calloway has now risen to 19.")]
    [InlineData("Volunteers have raised £4,000 for the Calloway family whose farmhouse burned down.", "The total raised for the Calloway family whose farmhouse burned down has passed £9,000.")]
    public async Task A_key_point_a_later_outlet_moves_on_leaves_the_brief(string earlier, string later)
    {
        // The prose is the shared search; the key points draw on the one-outlet details, and the earlier report is one of
        // them until a later outlet moves it on.
        const string shared = "Rescuers searched the coast near Calloway for missing people on Monday after the storm.";
        const string other = "Schools across the district of Calloway stayed closed for a second day.";
        var articles = new[]
        {
            Dated(1, shared + " " + earlier + " " + other, Monday), Dated(2, shared + " " + later, Monday.AddDays(1)), Dated(3, shared + " " + other, Monday.AddDays(1)),
        };
        var options = new SummaryOptions { MaxWords = 16, MergedKeyPoints = 3 };
        var merged = await ExtractiveEngine.CreateMerger(options, ExtractiveTuning.Default).MergeAsync(articles, [], CancellationToken.None);
        var stated = merged.SummaryClaims.Concat(merged.KeyPoints).Select(c => c.Text).ToList();
        Assert.DoesNotContain(earlier, stated);
    }

    private static ExtractiveTuning FiguresFirst { get; } =
        ExtractiveTuning.Default with { PositionBonus = 0, SentenceScore = new SentenceScoreWeights { Figures = 1 }, SentenceScoreScale = 1000 };
}
