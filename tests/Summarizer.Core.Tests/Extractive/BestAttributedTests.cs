using Summarizer.Documents;
using Summarizer.Extractive;

namespace Summarizer.Core.Tests.Extractive;

/// <summary>Of two sentences stating one fact, the brief keeps the one more outlets carry.</summary>
public class BestAttributedTests
{
    private const string OneOutlet = "Twelve people died when the storm pushed the sea over the Halvik harbour wall.";
    private const string Killed = "At least 12 people were killed when a winter storm drove the sea over Halvik's harbour wall on Sunday night.";

    private static readonly CleanedArticle[] Storm =
    [
        Stories.Article(1, OneOutlet + "\n\nThe mayor closed the seafront road in Halvik until Wednesday."),
        Stories.Article(2, Killed),
        Stories.Article(3, "At least 12 people were killed when the winter storm drove the sea over Halvik's harbour wall late on Sunday."),
        Stories.Article(4, "A winter storm drove the sea over Halvik's harbour wall on Sunday night, and at least 12 people were killed."),
    ];

    [Fact]
    public void A_sentence_one_outlet_carries_gives_way_to_the_restatement_three_outlets_carry()
    {
        var table = new SentenceTable(Storm, 60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap);
        var claims = new ClaimFinder(table, tuning.SameClaimCosine, tuning.KeyPointOverlapCosine, CancellationToken.None);
        var candidates = ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling);

        var outranked = new BestAttributed(candidates, table, same, claims, tuning.RestatementMinWeight, tuning.SameFactOverlap).Outranked
            .Select(i => table.Sentences[i].Text).ToList();

        Assert.Equal([OneOutlet], outranked);
    }

    [Fact]
    public void A_chosen_sentence_gives_way_to_its_best_cited_restatement_when_it_fits_the_budget()
    {
        var table = new SentenceTable(Storm, 60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap);
        var claims = new ClaimFinder(table, tuning.SameClaimCosine, tuning.KeyPointOverlapCosine, CancellationToken.None);
        var candidates = ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling);
        var attributed = new BestAttributed(candidates, table, same, claims, tuning.RestatementMinWeight, tuning.SameFactOverlap);
        var oneOutlet = table.Sentences.Select((s, i) => (s, i)).Single(x => x.s.Text == OneOutlet).i;

        var roomy = attributed.Choose([oneOutlet], 100, same.Same);
        var tight = attributed.Choose([oneOutlet], table.Sentences[oneOutlet].Words, same.Same);

        Assert.Equal(3, claims.ClaimFor(Assert.Single(roomy)).Sources.Count);
        Assert.Contains("12 people were killed", table.Sentences[roomy[0]].Text, StringComparison.Ordinal);
        Assert.Equal([oneOutlet], tight);
    }

    // A crane story: one outlet's wording; a long, complete account two outlets carry; a shorter account three carry,
    // one of whose copies says a little more ("a sudden gust").
    private const string Hurt = "On Friday three men were hurt as a Halden Cargo crane fell over at Brenna Dock.";
    private const string Complete =
        "A crane owned by Halden Cargo collapsed onto the container ship Mirela at Brenna Dock on Friday, injuring three dock workers and spilling diesel into the harbour basin.";
    private const string Gust = "Three dock workers were injured at Brenna Dock on Friday after a gust of wind brought down a Halden Cargo crane.";
    private const string SuddenGust =
        "Three dock workers were injured on Friday when a sudden gust of wind brought down a Halden Cargo crane at Brenna Dock.";

    private static readonly CleanedArticle[] Crane =
    [
        Stories.Article(1, Hurt),
        Stories.Article(2, Complete),
        Stories.Article(3, "A Halden Cargo crane collapsed onto the container ship Mirela at Brenna Dock on Friday, injuring three dock workers and spilling diesel into the basin."),
        Stories.Article(4, Gust),
        Stories.Article(5, "A gust of wind brought down a Halden Cargo crane at Brenna Dock on Friday and three dock workers were injured."),
        Stories.Article(6, SuddenGust),
    ];

    [Fact]
    public void A_restatement_more_outlets_carry_does_not_outrank_a_sentence_that_says_much_more()
    {
        var (table, claims, attributed) = Attributed(Crane);
        var complete = Index(table, Complete);
        var gust = Index(table, Gust);

        Assert.True(Outlets(claims, gust) > Outlets(claims, complete)); // the premise: the shorter account is better carried
        Assert.Equal([Hurt], attributed.Outranked.Select(i => table.Sentences[i].Text));
    }

    [Fact]
    public void An_outranked_sentence_gives_way_to_the_restatement_most_outlets_carry_and_of_those_the_one_that_says_most()
    {
        var (table, claims, attributed) = Attributed(Crane);
        var hurt = Index(table, Hurt);
        var (complete, gust, suddenGust) = (Index(table, Complete), Index(table, Gust), Index(table, SuddenGust));
        Assert.Equal(Outlets(claims, gust), Outlets(claims, suddenGust)); // the premises: a tie on outlets, broken by weight
        Assert.True(Outlets(claims, complete) > Outlets(claims, hurt) && Outlets(claims, complete) < Outlets(claims, gust));

        var roomy = attributed.Choose([hurt], 100, (_, _) => false);
        var noRoomForSudden = attributed.Choose([hurt], table.Sentences[gust].Words, (_, _) => false);

        Assert.Equal([SuddenGust], roomy.Select(i => table.Sentences[i].Text));
        var tight = table.Sentences[Assert.Single(noRoomForSudden)].Text;
        Assert.Contains("gust of wind", tight, StringComparison.Ordinal); // a plain-gust copy, as widely carried
        Assert.DoesNotContain("sudden", tight, StringComparison.Ordinal);
    }

    private static (SentenceTable Table, ClaimFinder Claims, BestAttributed Attributed) Attributed(IReadOnlyList<CleanedArticle> articles)
    {
        var table = new SentenceTable(articles, 60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap);
        var claims = new ClaimFinder(table, tuning.SameClaimCosine, tuning.KeyPointOverlapCosine, CancellationToken.None);
        var candidates = ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling);
        return (table, claims, new BestAttributed(candidates, table, same, claims, tuning.RestatementMinWeight, tuning.SameFactOverlap));
    }

    private static int Index(SentenceTable table, string text) => table.Sentences.Select((s, i) => (s, i)).Single(x => x.s.Text == text).i;

    private static int Outlets(ClaimFinder claims, int i) => claims.ClaimFor(i).Sources.Count;
}
