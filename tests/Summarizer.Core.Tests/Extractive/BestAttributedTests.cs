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
}
